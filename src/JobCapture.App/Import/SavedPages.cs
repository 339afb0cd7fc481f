using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using JobCapture.App.Captures;

namespace JobCapture.App.Import;

/// <summary>Pages saved by a browser ("Save page as"), brought in through the capture pipeline like a capture.</summary>
public static partial class SavedPages
{
    /// <summary>The page's address: Chromium's "saved from url" mark, else its canonical link or og:url.</summary>
    public static string? UrlOf(string html)
    {
        var head = html.Length > 64_000 ? html[..64_000] : html;
        foreach (var pattern in (Regex[])[SavedFrom(), Canonical(), OpenGraphUrl()])
        {
            var match = pattern.Match(head);
            if (match.Success && Uri.TryCreate(System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value), UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https")
            {
                return uri.AbsoluteUri;
            }
        }

        return null;
    }

    /// <summary>The capture request for a saved page; the same file imported twice has the same capture id and is
    /// stored once.</summary>
    public static CaptureRequest Request(string html, string url, DateTimeOffset savedAt) => new(
        url, TitleOf(html), html, savedAt, CapturePipeline.ImportSource,
        CaptureId: "import-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)))[..40]);

    private static string TitleOf(string html) => System.Net.WebUtility.HtmlDecode(Title().Match(html).Groups["title"].Value).Trim();

    [GeneratedRegex(@"<!--\s*saved from url=\(\d+\)(?<url>\S+?)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex SavedFrom();

    [GeneratedRegex("""<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["'](?<url>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Canonical();

    [GeneratedRegex("""<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["'](?<url>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex OpenGraphUrl();

    [GeneratedRegex(@"<title[^>]*>(?<title>[^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex Title();
}
