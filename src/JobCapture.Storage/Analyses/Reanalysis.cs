using JobCapture.Core;
using JobCapture.Core.Identity;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Search;
using JobCapture.Storage.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Analyses;

/// <summary>
/// Recomputes analyses made by an older analyzer version from their snapshots, so better rules reach postings saved
/// last month. Only derived data changes: the posting's cached fields, the analysis rows and what a sighting is matched by. Status, notes, the
/// follow-up log and referral contacts are never written here. It works on every user's postings at once.
/// </summary>
public sealed class Reanalysis(JobCaptureDb db, TimeProvider time)
{
    /// <summary>Written as the analyzer version of an analysis whose snapshot this analyzer could not re-do: it is not
    /// tried again until the analyzer changes, and keeps its previous JSON meanwhile.</summary>
    public static string FailedVersion => "failed:" + AnalyzerVersion.Current;

    public Task<int> CountStaleAsync(CancellationToken cancellationToken) =>
        Stale().CountAsync(cancellationToken);

    /// <summary>Re-analyses up to <paramref name="batchSize"/> stale analyses with <paramref name="analyze"/> (HTML, URL).
    /// A snapshot that cannot be read or analysed is marked with <see cref="FailedVersion"/> and skipped.</summary>
    public async Task<ReanalysisBatch> RunBatchAsync(
        Func<string, string, CancellationToken, Task<Analysis>> analyze, int batchSize, CancellationToken cancellationToken)
    {
        var stale = await Stale()
            .OrderBy(a => a.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        var reindex = new List<(Posting Posting, string Text)>();
        var skipped = new List<SkippedSnapshot>();
        foreach (var stored in stale)
        {
            var snapshot = await db.Snapshots.IgnoreQueryFilters().AsNoTracking()
                .Where(s => s.Id == stored.SnapshotId)
                .Select(s => new { s.Url, s.Title, s.HtmlGzip, s.PostingId })
                .FirstAsync(cancellationToken);
            Analysis analysis;
            try
            {
                analysis = await analyze(HtmlCompression.Decompress(snapshot.HtmlGzip), snapshot.Url, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                stored.AnalyzerVersion = FailedVersion;
                skipped.Add(new SkippedSnapshot(stored.SnapshotId, ex));
                continue;
            }

            stored.AnalyzerVersion = analysis.AnalyzerVersion;
            stored.Json = AnalysisJson.Serialize(analysis);
            stored.AnalyzedAt = time.GetUtcNow();
            if (await db.Sightings.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.SnapshotId == stored.SnapshotId, cancellationToken) is { } sighting)
            {
                sighting.Describe(PostingSighting.Of(sighting.JobKey, analysis, sighting.SeenAt));
            }

            if (await IsLatestSnapshotAsync(snapshot.PostingId, stored.SnapshotId, cancellationToken))
            {
                var posting = await db.Postings.IgnoreQueryFilters().FirstAsync(p => p.Id == snapshot.PostingId, cancellationToken);
                PostingReadModel.Apply(posting, analysis, snapshot.Title);
                reindex.Add((posting, analysis.Text));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (posting, text) in reindex)
        {
            await ChangeFlag.UpdateAsync(db, posting, since: null, cancellationToken);
            await PostingSearch.IndexAsync(db, posting, text, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return new ReanalysisBatch(stale.Count - skipped.Count, skipped);
    }

    private IQueryable<StoredAnalysis> Stale() =>
        db.Analyses.IgnoreQueryFilters().Where(a => a.AnalyzerVersion != AnalyzerVersion.Current && a.AnalyzerVersion != FailedVersion);

    private async Task<bool> IsLatestSnapshotAsync(long postingId, long snapshotId, CancellationToken cancellationToken) =>
        await db.Snapshots.IgnoreQueryFilters().Where(s => s.PostingId == postingId).OrderByDescending(s => s.ReceivedAt).ThenByDescending(s => s.Id)
            .Select(s => s.Id).FirstAsync(cancellationToken) == snapshotId;
}

/// <summary>What one batch did: analyses re-done, and snapshots skipped with the reason.</summary>
public sealed record ReanalysisBatch(int Updated, IReadOnlyList<SkippedSnapshot> Skipped)
{
    public int Handled => Updated + Skipped.Count;
}

public sealed record SkippedSnapshot(long SnapshotId, Exception Error);
