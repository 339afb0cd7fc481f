using JobCapture.Core;

namespace JobCapture.App.Captures;

/// <summary>Which posting a capture belongs to: the page's canonical URL when it names one, else the captured URL
/// without its fragment and tracking parameters, so two visits to the same ad are one posting.</summary>
public static class PostingKeys
{
    private static readonly string[] TrackingPrefixes = ["utm_", "trk", "ref", "src", "source", "gclid", "fbclid", "from", "refid", "trackingid"];

    public static string For(string url, Analysis? analysis = null)
    {
        var canonical = analysis?.Posting.CanonicalUrl;
        return Normalize(string.IsNullOrWhiteSpace(canonical) ? url : canonical);
    }

    public static string Normalize(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return url.Trim();
        }

        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !TrackingPrefixes.Any(prefix => pair.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal));
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }
}
