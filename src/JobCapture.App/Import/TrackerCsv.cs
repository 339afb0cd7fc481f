using System.Globalization;
using CsvHelper;
using JobCapture.App.Captures;
using JobCapture.Core.Identity;
using JobCapture.Storage.Tracking;

namespace JobCapture.App.Import;

/// <summary>
/// Rows of another tracker's CSV export: a header row, columns matched by name whatever their case or order (url,
/// title, company, location, status, applied or date applied, notes); other columns are ignored.
/// </summary>
public static class TrackerCsv
{
    /// <summary>How other trackers name the stages, mapped to ours.</summary>
    private static readonly Dictionary<string, ApplicationStatus> StatusNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["saved"] = ApplicationStatus.Saved, ["wishlist"] = ApplicationStatus.Saved, ["bookmarked"] = ApplicationStatus.Saved,
        ["applied"] = ApplicationStatus.Applied, ["applying"] = ApplicationStatus.Saved,
        ["followed up"] = ApplicationStatus.FollowedUp, ["followedup"] = ApplicationStatus.FollowedUp,
        ["interviewing"] = ApplicationStatus.Interviewing, ["interview"] = ApplicationStatus.Interviewing,
        ["offer"] = ApplicationStatus.Offer, ["rejected"] = ApplicationStatus.Rejected,
        ["withdrawn"] = ApplicationStatus.Withdrawn, ["closed"] = ApplicationStatus.Closed, ["archived"] = ApplicationStatus.Closed,
    };

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "dd.MM.yyyy", "d MMM yyyy", "MMM d, yyyy", "M/d/yyyy"];

    /// <summary>Each data row as a posting to add, or the reason it cannot be.</summary>
    public static IEnumerable<(long Row, TrackedPosting? Posting, string? Problem)> Read(TextReader text, int followUpBusinessDays)
    {
        using var csv = CsvReader.Create(text, new CsvReaderOptions { HasHeader = true, TrimWhitespace = true }, leaveOpen: true);
        while (csv.Read())
        {
            var (posting, problem) = ToPosting(csv, followUpBusinessDays);
            yield return (csv.RowNumber, posting, problem);
        }
    }

    private static (TrackedPosting?, string?) ToPosting(CsvReader csv, int followUpBusinessDays)
    {
        var url = Field(csv, "url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return (null, url.Length == 0 ? "no url" : $"'{url}' is not an http(s) URL");
        }

        var statusText = Field(csv, "status");
        var status = ApplicationStatus.Saved;
        if (statusText.Length > 0 && !StatusNames.TryGetValue(statusText, out status))
        {
            return (null, $"unknown status '{statusText}'");
        }

        var appliedText = FirstNonEmpty(Field(csv, "date applied"), Field(csv, "applied"));
        DateOnly? appliedOn = null;
        if (appliedText.Length > 0)
        {
            if (!DateOnly.TryParseExact(appliedText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, $"date applied '{appliedText}' is not a date (use 2026-11-20)");
            }

            appliedOn = date;
        }

        return (new TrackedPosting(PostingIdentity.KeyFor(uri.AbsoluteUri), uri.AbsoluteUri, Field(csv, "title"), Field(csv, "company"),
            Field(csv, "location"), status, appliedOn, Field(csv, "notes"), followUpBusinessDays), null);
    }

    /// <summary>The field of the column with that header name (matched ignoring case), or "" without such a column.</summary>
    private static string Field(CsvReader csv, string name) => csv.TryGetFieldIndex(name, out var index) ? csv.GetString(index).Trim() : "";

    private static string FirstNonEmpty(string preferred, string fallback) => preferred.Length > 0 ? preferred : fallback;
}
