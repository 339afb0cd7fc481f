namespace JobCapture.Core.Identity;

/// <summary>
/// Which posting a page is: the one rule that capture, lookup and dedupe share. A job board's or applicant tracking
/// system's own id wins (read from the page's canonical URL, then from the captured URL), because sites often name
/// a list or their careers home as canonical; else the canonical URL; else the captured URL. URLs are compared
/// without their tracking parameters and without their fragment, unless the fragment is a route ("#/jobs/12",
/// "#!/jobs/12"): a single-page board that routes by fragment shows another job under each, and names the page
/// without the route as its canonical.
/// </summary>
public static class PostingIdentity
{
    /// <summary>The posting's key, e.g. "linkedin:3912345678" or "https://careers.acme.example/jobs/tiler?team=2".</summary>
    public static string KeyFor(string capturedUrl, string? canonicalUrl = null)
    {
        var named = string.IsNullOrWhiteSpace(canonicalUrl) ? null : canonicalUrl;
        var boardId = (named is null ? null : JobBoards.Default.IdIn(named)) ?? JobBoards.Default.IdIn(capturedUrl);
        if (boardId is not null)
        {
            return boardId.Key;
        }

        var capturedKey = UrlKey(capturedUrl);
        var namedKey = named is null ? null : UrlKey(named);
        return namedKey is null || namedKey == WithoutRoute(capturedKey) ? capturedKey : namedKey;
    }

    /// <summary>The board's or tracking system's id in <paramref name="url"/>, or empty when it names none.</summary>
    public static string BoardJobId(string url) => JobBoards.Default.IdIn(url)?.Id ?? "";

    /// <summary>The site a key belongs to: the board it names ("linkedin" for "linkedin:3912345678"), else the host of
    /// the URL it is ("careers.acme.example"). Two different keys of one site are two different jobs.</summary>
    public static string SiteOfKey(string key)
    {
        if (Uri.TryCreate(key, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.Host;
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? key[..colon] : key;
    }

    /// <summary>The job board's key of <paramref name="url"/> ("greenhouse:5071418007"), or null when no board's id is in it.</summary>
    public static string? BoardKeyFor(string url) => JobBoards.Default.IdIn(url)?.Key;

    /// <summary>Where <paramref name="url"/> is, as people name it: the board's label ("LinkedIn") on a board's own
    /// host, else the host without "www." ("careers.acme.example").</summary>
    public static string SiteName(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return "";
        }

        var host = uri.Host.ToLowerInvariant();
        return JobBoards.Default.LabelOfHost(uri) ?? (host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host);
    }

    /// <summary>The URL without its tracking parameters and its fragment (a route fragment kept), with the remaining
    /// parameters in a fixed order: two visits to the same page give the same text.</summary>
    public static string UrlKey(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return url.Trim();
        }

        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !TrackingParameters.Default.IsTracking(ParameterName(pair)))
            .Order(StringComparer.Ordinal));
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : "")}{Route(uri.Fragment)}";
    }

    /// <summary>"#/jobs/12" and "#!/jobs/12" are routes of a single-page site; "#apply" or "#top" is a place on the page.</summary>
    private static string Route(string fragment) =>
        fragment.StartsWith("#/", StringComparison.Ordinal) || fragment.StartsWith("#!", StringComparison.Ordinal) ? fragment : "";

    private static string WithoutRoute(string key)
    {
        var hash = key.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? key : key[..hash];
    }

    internal static string ParameterName(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        return Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
    }
}
