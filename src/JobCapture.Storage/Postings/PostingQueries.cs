using JobCapture.Core;
using JobCapture.Core.Identity;
using JobCapture.Storage.Search;
using JobCapture.Storage.Snapshots;
using JobCapture.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Postings;

/// <summary>Read side for the dashboard, API and export. Lists read the posting's columns (the read model); only a
/// single posting's page reads its analysis.</summary>
public sealed class PostingQueries(JobCaptureDb db)
{
    public const int MaxPageSize = 200;

    /// <summary>One page of postings matching <paramref name="filter"/>, with how many match in all.</summary>
    public async Task<PostingPage> ListAsync(PostingFilter filter, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var total = filter is { PhoneVerdict: null or "", Status: null, Search: { } search } && !string.IsNullOrWhiteSpace(search)
            ? await PostingSearch.CountAsync(db, search, cancellationToken)
            : await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        // The page's ids first, its rows after: sorting thousands of search hits reads only the sort columns, not
        // every hit's whole row.
        var ids = await Sorted(query, filter.Sort).Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToListAsync(cancellationToken);
        var rows = await db.Postings.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var placesSeen = await db.Sightings.Where(s => ids.Contains(s.PostingId))
            .GroupBy(s => s.PostingId)
            .Select(g => new { PostingId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.PostingId, g => g.Count, cancellationToken);
        return new PostingPage(ids.Select(id => rows[id]).ToList(), total, page, pageSize, placesSeen);
    }

    /// <summary>Every posting with the number of follow-ups made, newest first, in one query (the export).</summary>
    public Task<List<PostingWithFollowUps>> AllWithFollowUpCountsAsync(CancellationToken cancellationToken) =>
        db.Postings.AsNoTracking()
            .OrderByDescending(p => p.LastSavedAt).ThenByDescending(p => p.Id)
            .Select(p => new PostingWithFollowUps(p, db.FollowUps.Count(f => f.PostingId == p.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>Where each posting was seen, as the addresses of its sightings, first seen first, each once (the
    /// export).</summary>
    public async Task<Dictionary<long, List<string>>> SightingUrlsAsync(CancellationToken cancellationToken)
    {
        var sightings = await db.Sightings.AsNoTracking()
            .OrderBy(s => s.SeenAt).ThenBy(s => s.Id)
            .Select(s => new { s.PostingId, s.Url })
            .ToListAsync(cancellationToken);
        return sightings.GroupBy(s => s.PostingId).ToDictionary(g => g.Key, g => g.Select(s => s.Url).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Postings with a date for the calendar: the follow-up of applied ones, the application deadline of
    /// saved ones.</summary>
    public Task<List<CalendarDates>> CalendarDatesAsync(CancellationToken cancellationToken) =>
        db.Postings.AsNoTracking()
            .Where(p => (p.Status == ApplicationStatus.Applied && p.FollowUpDueOn != null) || (p.Status == ApplicationStatus.Saved && p.Deadline != null))
            .OrderBy(p => p.Id)
            .Select(p => new CalendarDates(
                p.Id, p.Title, p.Company, p.PhoneVerdict, p.Summary,
                p.Status == ApplicationStatus.Applied ? p.FollowUpDueOn : null,
                p.Status == ApplicationStatus.Saved ? p.Deadline : null))
            .ToListAsync(cancellationToken);

    public Task<Posting?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Postings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The posting <paramref name="url"/> names: the posting its identity key points to or that was seen
    /// under that key on another site, else the one that was ever captured under this URL (tracking parameters aside).</summary>
    public async Task<Posting?> FindByUrlAsync(string url, CancellationToken cancellationToken)
    {
        var key = PostingIdentity.KeyFor(url);
        var urlKey = PostingIdentity.UrlKey(url);
        return await db.Postings.AsNoTracking().FirstOrDefaultAsync(p => p.PostingKey == key, cancellationToken)
            ?? await db.Postings.AsNoTracking().FirstOrDefaultAsync(p => db.Sightings.Any(s => s.PostingId == p.Id && s.JobKey == key), cancellationToken)
            ?? await db.Postings.AsNoTracking()
                .Where(p => p.Snapshots.Any(s => s.UrlKey == urlKey || s.UrlKey == url))
                .OrderByDescending(p => p.LastSavedAt)
                .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The posting's snapshots, newest first, without their HTML or screenshot.</summary>
    public Task<List<SnapshotSummary>> SnapshotsAsync(long postingId, CancellationToken cancellationToken) =>
        db.Snapshots.AsNoTracking()
            .Where(s => s.PostingId == postingId)
            .OrderByDescending(s => s.ReceivedAt).ThenByDescending(s => s.Id)
            .Select(s => new SnapshotSummary(s.Id, s.Url, s.Source, s.CapturedAt, s.ReceivedAt, s.HtmlLength, s.Selection, s.Screenshot != null))
            .ToListAsync(cancellationToken);

    /// <summary>Where the posting was seen, first seen first, each with the site's name.</summary>
    public async Task<List<PlaceSeen>> PlacesSeenAsync(long postingId, CancellationToken cancellationToken)
    {
        var sightings = await db.Sightings.AsNoTracking()
            .Where(s => s.PostingId == postingId)
            .OrderBy(s => s.SeenAt).ThenBy(s => s.Id)
            .Select(s => new { s.Url, s.SeenAt, s.SnapshotId })
            .ToListAsync(cancellationToken);
        return sightings.Select(s => new PlaceSeen(s.Url, PostingIdentity.SiteName(s.Url), s.SeenAt, s.SnapshotId)).ToList();
    }

    public async Task<Analysis?> LatestAnalysisAsync(long postingId, CancellationToken cancellationToken)
    {
        var json = await db.Analyses.AsNoTracking()
            .Join(db.Snapshots.Where(s => s.PostingId == postingId), a => a.SnapshotId, s => s.Id, (a, s) => new { a.Json, s.ReceivedAt, s.Id })
            .OrderByDescending(x => x.ReceivedAt).ThenByDescending(x => x.Id)
            .Select(x => x.Json)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : AnalysisJson.Deserialize(json);
    }

    /// <summary>The analysis of one snapshot of the posting, or null when the snapshot is not the posting's.</summary>
    public async Task<Analysis?> SnapshotAnalysisAsync(long postingId, long snapshotId, CancellationToken cancellationToken)
    {
        var json = await db.Analyses.AsNoTracking()
            .Where(a => a.SnapshotId == snapshotId && db.Snapshots.Any(s => s.Id == snapshotId && s.PostingId == postingId))
            .Select(a => a.Json)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : AnalysisJson.Deserialize(json);
    }

    public async Task<string?> SnapshotHtmlAsync(long snapshotId, CancellationToken cancellationToken)
    {
        var gzip = await db.Snapshots.AsNoTracking().Where(s => s.Id == snapshotId).Select(s => s.HtmlGzip).FirstOrDefaultAsync(cancellationToken);
        return gzip is null ? null : HtmlCompression.Decompress(gzip);
    }

    /// <summary>The screenshot kept with one snapshot of the posting (PNG), or null when there is none.</summary>
    public Task<byte[]?> ScreenshotAsync(long postingId, long snapshotId, CancellationToken cancellationToken) =>
        db.Snapshots.AsNoTracking()
            .Where(s => s.Id == snapshotId && s.PostingId == postingId)
            .Select(s => s.Screenshot)
            .FirstOrDefaultAsync(cancellationToken);

    private IQueryable<Posting> Filtered(PostingFilter filter)
    {
        var query = (string.IsNullOrWhiteSpace(filter.Search) ? db.Postings : PostingSearch.Matching(db, filter.Search)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.PhoneVerdict))
        {
            query = query.Where(p => p.PhoneVerdict == filter.PhoneVerdict);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        return query;
    }

    private static IQueryable<Posting> Sorted(IQueryable<Posting> query, PostingSort sort) => sort switch
    {
        PostingSort.Oldest => query.OrderBy(p => p.LastSavedAt).ThenBy(p => p.Id),
        PostingSort.Title => query.OrderBy(p => p.Title).ThenBy(p => p.Id),
        PostingSort.Company => query.OrderBy(p => p.Company).ThenBy(p => p.Title).ThenBy(p => p.Id),
        PostingSort.FollowUp => query.OrderBy(p => p.FollowUpDueOn == null).ThenBy(p => p.FollowUpDueOn).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.LastSavedAt).ThenByDescending(p => p.Id),
    };
}

public enum PostingSort
{
    Newest,
    Oldest,
    Title,
    Company,
    FollowUp,
}

public sealed record PostingFilter(
    string? Search = null,
    string? PhoneVerdict = null,
    ApplicationStatus? Status = null,
    PostingSort Sort = PostingSort.Newest,
    int Page = 1,
    int PageSize = 50);

/// <summary>One page of the list; <see cref="PlacesSeen"/> holds, by posting id, on how many sites each was seen.</summary>
public sealed record PostingPage(IReadOnlyList<Posting> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<long, int> PlacesSeen)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int PlacesSeenOf(long postingId) => PlacesSeen.GetValueOrDefault(postingId, 1);
}

public sealed record CalendarDates(long PostingId, string Title, string Company, string PhoneVerdict, string Summary, DateOnly? FollowUpOn, DateOnly? ApplyBy);

public sealed record PostingWithFollowUps(Posting Posting, int FollowUpsMade);

/// <summary>A snapshot without its page: <see cref="Selection"/> is the text the user had selected when saving.</summary>
public sealed record SnapshotSummary(long Id, string Url, string Source, DateTimeOffset CapturedAt, DateTimeOffset ReceivedAt, int HtmlLength, string? Selection, bool HasScreenshot);

/// <summary>A place the posting was seen: the URL, the site's name ("LinkedIn", "careers.acme.example"), when, and
/// the snapshot taken there (none for a posting imported from a tracker's CSV).</summary>
public sealed record PlaceSeen(string Url, string Site, DateTimeOffset SeenAt, long? SnapshotId);
