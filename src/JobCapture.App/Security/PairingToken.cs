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
        if (TryLoad(dataDirectory) is { } existing)
        {
            return existing;
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        OwnerOnlyFile.Write(Path.Combine(dataDirectory, FileName), token);
        return new PairingToken(token);
    }

    /// <summary>The token kept in the data directory, or null when there is none (or it is too short to be ours).</summary>
    public static PairingToken? TryLoad(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var existing = File.Exists(path) ? File.ReadAllText(path).Trim() : "";
        return existing.Length >= 43 ? new PairingToken(existing) : null;
    }

    /// <summary>Constant-time comparison, so response timing tells an attacker nothing about the token.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), _bytes);

    /// <summary>Proves the service knows the token without revealing it: HMAC-SHA256 over the caller's nonce.</summary>
    public string Prove(string nonce) => Secrets.Prove(Value, nonce);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
