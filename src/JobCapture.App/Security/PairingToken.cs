using System.Security.Cryptography;
using System.Text;

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

    public static PairingToken LoadOrCreate(string dataDirectory) =>
        new(SecretFiles.ReadOrCreate(Path.Combine(dataDirectory, FileName)));

    /// <summary>Constant-time comparison, so response timing tells an attacker nothing about the token.</summary>
    public bool Matches(string? candidate) => SecretFiles.Equal(candidate, Value);

    /// <summary>Proves the service knows the token without revealing it: HMAC-SHA256 over the caller's nonce.</summary>
    public string Prove(string nonce) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_bytes, Encoding.UTF8.GetBytes(nonce)));
}
