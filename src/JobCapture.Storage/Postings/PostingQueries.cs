using JobCapture.Core;
using JobCapture.Core.Identity;
using JobCapture.Storage.Search;
using JobCapture.Storage.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Postings;

/// <summary>Read side for the dashboard, API and export.</summary>
public sealed class PostingQueries(JobCaptureDb db)
{
    public async Task<List<Posting>> ListAsync(PostingFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Postings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.PhoneVerdict))
        {
            query = query.Where(p => p.PhoneVerdict == filter.PhoneVerdict);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var matches = await PostingSearch.MatchAsync(db, filter.Search, cancellationToken);
            query = query.Where(p => matches.Contains(p.Id));
        }

        return await query.OrderByDescending(p => p.LastSavedAt).Take(filter.Limit).ToListAsync(cancellationToken);
    }

    public Task<Posting?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Postings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The posting <paramref name="url"/> names: the posting its identity key points to, else the one
    /// that was ever captured under this URL (tracking parameters aside).</summary>
    public async Task<Posting?> FindByUrlAsync(string url, CancellationToken cancellationToken)
    {
        var key = PostingIdentity.KeyFor(url);
        var urlKey = PostingIdentity.UrlKey(url);
        return await db.Postings.AsNoTracking().FirstOrDefaultAsync(p => p.PostingKey == key, cancellationToken)
            ?? await db.Postings.AsNoTracking()
                .Where(p => p.Snapshots.Any(s => s.UrlKey == urlKey || s.UrlKey == url))
                .OrderByDescending(p => p.LastSavedAt)
                .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The posting's snapshots, newest first, without their HTML.</summary>
    public Task<List<SnapshotSummary>> SnapshotsAsync(long postingId, CancellationToken cancellationToken) =>
        db.Snapshots.AsNoTracking()
            .Where(s => s.PostingId == postingId)
            .OrderByDescending(s => s.ReceivedAt)
            .Select(s => new SnapshotSummary(s.Id, s.Url, s.Source, s.CapturedAt, s.ReceivedAt, s.HtmlLength))
            .ToListAsync(cancellationToken);

    public async Task<Analysis?> LatestAnalysisAsync(long postingId, CancellationToken cancellationToken)
    {
        var json = await db.Analyses.AsNoTracking()
            .Join(db.Snapshots.Where(s => s.PostingId == postingId), a => a.SnapshotId, s => s.Id, (a, s) => new { a.Json, s.ReceivedAt, s.Id })
            .OrderByDescending(x => x.ReceivedAt).ThenByDescending(x => x.Id)
            .Select(x => x.Json)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : AnalysisJson.Deserialize(json);
    }

    public async Task<string?> SnapshotHtmlAsync(long snapshotId, CancellationToken cancellationToken)
    {
        var gzip = await db.Snapshots.AsNoTracking().Where(s => s.Id == snapshotId).Select(s => s.HtmlGzip).FirstOrDefaultAsync(cancellationToken);
        return gzip is null ? null : HtmlCompression.Decompress(gzip);
    }
}

public sealed record PostingFilter(string? Search = null, string? PhoneVerdict = null, int Limit = 500);

public sealed record SnapshotSummary(long Id, string Url, string Source, DateTimeOffset CapturedAt, DateTimeOffset ReceivedAt, int HtmlLength);
