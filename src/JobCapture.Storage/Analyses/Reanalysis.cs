using JobCapture.Core;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Search;
using JobCapture.Storage.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Analyses;

/// <summary>
/// Recomputes analyses made by an older analyzer version from their snapshots, so better rules reach postings saved
/// last month. Only derived data changes: the posting's cached fields and the analysis rows. Status, notes, the
/// follow-up log and referral contacts are never written here.
/// </summary>
public sealed class Reanalysis(JobCaptureDb db, TimeProvider time)
{
    public Task<int> CountStaleAsync(CancellationToken cancellationToken) =>
        db.Analyses.CountAsync(a => a.AnalyzerVersion != AnalyzerVersion.Current, cancellationToken);

    /// <summary>Re-analyses up to <paramref name="batchSize"/> stale analyses; returns how many were updated.</summary>
    public async Task<int> RunBatchAsync(PostingAnalyzer analyzer, int batchSize, CancellationToken cancellationToken)
    {
        var stale = await db.Analyses
            .Where(a => a.AnalyzerVersion != AnalyzerVersion.Current)
            .OrderBy(a => a.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        var reindex = new List<(Posting Posting, string Text)>();
        foreach (var stored in stale)
        {
            var snapshot = await db.Snapshots.AsNoTracking()
                .Where(s => s.Id == stored.SnapshotId)
                .Select(s => new { s.Url, s.Title, s.HtmlGzip, s.PostingId })
                .FirstAsync(cancellationToken);
            var analysis = analyzer.AnalyzeHtml(HtmlCompression.Decompress(snapshot.HtmlGzip), snapshot.Url);
            stored.AnalyzerVersion = analysis.AnalyzerVersion;
            stored.Json = AnalysisJson.Serialize(analysis);
            stored.AnalyzedAt = time.GetUtcNow();
            if (await IsLatestSnapshotAsync(snapshot.PostingId, stored.SnapshotId, cancellationToken))
            {
                var posting = await db.Postings.FirstAsync(p => p.Id == snapshot.PostingId, cancellationToken);
                PostingReadModel.Apply(posting, analysis, snapshot.Title);
                reindex.Add((posting, analysis.Text));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (posting, text) in reindex)
        {
            await PostingSearch.IndexAsync(db, posting, text, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stale.Count;
    }

    private async Task<bool> IsLatestSnapshotAsync(long postingId, long snapshotId, CancellationToken cancellationToken) =>
        await db.Snapshots.Where(s => s.PostingId == postingId).OrderByDescending(s => s.ReceivedAt).ThenByDescending(s => s.Id)
            .Select(s => s.Id).FirstAsync(cancellationToken) == snapshotId;
}
