using System.Text.RegularExpressions;
using JobCapture.Core.Identity;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>Where the posting lives: its canonical URL and the job id shown with its fields. Which posting a page
/// is, is decided by <see cref="PostingIdentity"/>.</summary>
internal static partial class PageIdentity
{
    /// <summary>Query parameters that job boards use for the job id.</summary>
    private static readonly string[] JobIdParameters = ["jk", "jobId", "job_id", "gh_jid", "currentJobId", "jobid", "jid", "vjk"];

    public static string CanonicalUrl(PageScan scan, string fromStructuredData, string? capturedUrl)
    {
        foreach (var candidate in new[] { scan.CanonicalHref, scan.Meta.GetValueOrDefault("og:url", ""), fromStructuredData })
        {
            if (Uri.TryCreate(candidate, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            {
                return absolute.ToString();
            }

            if (candidate.Length > 0 && Uri.TryCreate(capturedUrl, UriKind.Absolute, out var baseUrl)
                && Uri.TryCreate(baseUrl, candidate, out var resolved))
            {
                return resolved.ToString();
            }
        }

        return "";
    }

    /// <summary>The id in a job URL: a known board's id, a known query parameter, or the last path segment that
    /// carries a number of four or more digits (/jobs/view/3912345678, /job/R60670-1, /j/FF79223884).</summary>
    public static string JobIdFromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "";
        }

        if (StatedJobId(url, uri) is { Length: > 0 } stated)
        {
            return stated;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            var match = IdInSegment().Match(Uri.UnescapeDataString(segments[i]));
            if (match.Success)
            {
                return match.Groups["id"].Value;
            }
        }

        return "";
    }

    /// <summary>True when the URL names a job the way boards do: a known board's id, a job id parameter (?gh_jid=42) or a
    /// number of seven digits or more alone after "/jobs/". A shorter number in the path may be a year or a results page's
    /// place (/jobs/in-40210).</summary>
    public static bool StatesJobId(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (StatedJobId(url, uri).Length > 0 || JobNumberInPath(uri));

    // A zip code or a year is shorter; a board's job number (/jobs/907311542, /job/81234567) is not.
    private const int MinJobNumberDigits = 7;

    /// <summary>True when a segment of digits alone follows a "job" or "jobs" segment: /stu/jobs/8812345.</summary>
    private static bool JobNumberInPath(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i].Length >= MinJobNumberDigits && segments[i].All(char.IsAsciiDigit)
                && segments[i - 1].ToLowerInvariant() is "job" or "jobs")
            {
                return true;
            }
        }

        return false;
    }

    private static string StatedJobId(string url, Uri uri)
    {
        if (PostingIdentity.BoardJobId(url) is { Length: > 0 } boardId)
        {
            return boardId;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && JobIdParameters.Contains(pair[..equals], StringComparer.OrdinalIgnoreCase) && equals < pair.Length - 1)
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return "";
    }

    // An id is a token with at least four digits, at the end of a slug ("senior-engineer-4242") or on its own.
    [GeneratedRegex(@"(?:^|[-_])(?<id>[A-Za-z]{0,3}\d[\dA-Za-z-]*\d{3,}[A-Za-z0-9-]*|[A-Za-z0-9]*\d{4,}[A-Za-z0-9]*)$")]
    private static partial Regex IdInSegment();
}
