using System.Security.Cryptography;
using System.Text;
using JobCapture.Storage;

namespace JobCapture.App.Security;

/// <summary>Secrets kept as one line in a file of the data directory, readable by the user only: 256 random bits,
/// base64url.</summary>
internal static class SecretFiles
{
    private const int MinimumLength = 43;

    public static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length >= MinimumLength)
            {
                return existing;
            }
        }

        return Replace(path);
    }

    /// <summary>Writes a new secret over the old one, which stops working at once.</summary>
    public static string Replace(string path)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        OwnerOnlyFile.Write(path, secret);
        return secret;
    }

    /// <summary>Constant-time comparison, so response timing tells an attacker nothing about the secret.</summary>
    public static bool Equal(string? candidate, string secret) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), Encoding.ASCII.GetBytes(secret));
}
