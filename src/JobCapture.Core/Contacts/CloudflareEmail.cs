using System.Globalization;
using System.Text;

namespace JobCapture.Core.Contacts;

/// <summary>Cloudflare's email protection: the first byte of the hex string is a key XOR-ed with every other byte.</summary>
internal static class CloudflareEmail
{
    public const string ProtectionPath = "/cdn-cgi/l/email-protection#";

    public static string? Decode(string hex)
    {
        hex = hex.Trim();
        if (hex.Length < 4 || hex.Length % 2 != 0 || !hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var key = Convert.ToByte(hex[..2], 16);
        var builder = new StringBuilder(hex.Length / 2);
        for (var i = 2; i < hex.Length; i += 2)
        {
            builder.Append((char)(byte.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) ^ key));
        }

        return EmailAddresses.Normalize(builder.ToString());
    }
}
