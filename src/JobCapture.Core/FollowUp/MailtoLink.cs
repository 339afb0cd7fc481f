using System.Text;

namespace JobCapture.Core.FollowUp;

/// <summary>Builds <c>mailto:</c> and <c>tel:</c> links (RFC 6068 and RFC 3966).</summary>
public static class MailtoLink
{
    /// <summary>Subject and body are percent-encoded as UTF-8 with line breaks as CRLF, so "&amp;", "?", "#", "+"
    /// and spaces in them survive every mail client; the address keeps its "@".</summary>
    public static string Create(string? address, string subject, string body)
    {
        var link = new StringBuilder("mailto:");
        if (!string.IsNullOrEmpty(address))
        {
            var at = address.LastIndexOf('@');
            link.Append(at < 0
                ? Uri.EscapeDataString(address)
                : Uri.EscapeDataString(address[..at]) + "@" + Uri.EscapeDataString(address[(at + 1)..]));
        }

        link.Append("?subject=").Append(Uri.EscapeDataString(subject));
        link.Append("&body=").Append(Uri.EscapeDataString(NormalizeLineBreaks(body)));
        return link.ToString();
    }

    /// <summary>A <c>tel:</c> link from a number: E.164 values pass through; others keep digits and a leading "+".</summary>
    public static string? Telephone(string number)
    {
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : "tel:" + (number.TrimStart().StartsWith('+') ? "+" : "") + digits;
    }

    private static string NormalizeLineBreaks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
}
