using System.Security.Cryptography;
using System.Text;
using JobCapture.Storage;

namespace JobCapture.App.Security;

/// <summary>
/// The secret the extension and the CLI present to the service. 256 random bits, made at first start and kept in
/// the data directory, readable by the user only. Any web page can reach 127.0.0.1; only holders of this token
/// can write to it.
/// </summary>
public sealed class PairingToken
{
    public const string FileName = "pairing-token";

    private readonly byte[] _bytes;

    private PairingToken(string value)
    {
        Value = value;
        _bytes = Encoding.ASCII.GetBytes(value);
    }

    public string Value { get; }

    public static PairingToken LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length >= 43)
            {
                return new PairingToken(existing);
            }
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        WriteOwnerOnly(path, token);
        return new PairingToken(token);
    }

    /// <summary>Constant-time comparison, so response timing tells an attacker nothing about the token.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), _bytes);

    /// <summary>Proves the service knows the token without revealing it: HMAC-SHA256 over the caller's nonce.</summary>
    public string Prove(string nonce) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_bytes, Encoding.UTF8.GetBytes(nonce)));

    private static void WriteOwnerOnly(string path, string token)
    {
        using var stream = OwnerOnlyFile.Create(path);
        stream.Write(Encoding.ASCII.GetBytes(token));
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
