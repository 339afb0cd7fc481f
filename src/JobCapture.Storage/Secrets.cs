using System.Security.Cryptography;
using System.Text;

namespace JobCapture.Storage;

/// <summary>The secrets JobCapture hands out (pairing tokens, calendar keys): 256 random bits, base64url.</summary>
public static class Secrets
{
    public const int Length = 43;

    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>What the database keeps of a token: its SHA-256, so a copy of the database lets no one in.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Names a token's account to <c>/api/hello</c> without revealing the token or its hash (the key of the
    /// account's proof): the SHA-256 of the token's SHA-256.</summary>
    public static string Account(string token) => Hash(Hash(token));

    /// <summary>Proves knowledge of <paramref name="key"/> without revealing it: HMAC-SHA256 over the caller's nonce.</summary>
    public static string Prove(string key, string nonce) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(nonce)));
}
