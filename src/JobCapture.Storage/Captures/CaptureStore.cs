using JobCapture.Core;
using JobCapture.Core.Identity;
using JobCapture.Storage.Analyses;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Search;
using JobCapture.Storage.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Captures;

/// <summary>Writes a capture (posting, snapshot, analysis) in one transaction: either all of it is saved or none.</summary>
public sealed class CaptureStore(JobCaptureDb db)
{
    public Task<StoredCapture> SaveAsync(NewCapture capture, Analysis analysis, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        SaveAsync(capture, analysis, receivedAt, commit: true, cancellationToken);

    /// <summary>Goes through a whole save and rolls it back, leaving no trace: afterwards the first real capture finds
    /// the EF model built and its queries and commands compiled (the first save after a start takes seconds).</summary>
    public Task<StoredCapture> RehearseAsync(NewCapture capture, Analysis analysis, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        SaveAsync(capture, analysis, receivedAt, commit: false, cancellationToken);

    private async Task<StoredCapture> SaveAsync(NewCapture capture, Analysis analysis, DateTimeOffset receivedAt, bool commit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Snapshots.AsNoTracking()
            .Where(s => s.CaptureId == capture.CaptureId)
            .Select(s => new { s.Id, s.PostingId })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new StoredCapture(existing.PostingId, existing.Id, IsNewPosting: false, WasDuplicate: true);
        }

        var posting = await db.Postings.FirstOrDefaultAsync(p => p.PostingKey == capture.PostingKey, cancellationToken);
        var isNew = posting is null;
        posting ??= db.Postings.Add(new Posting { OwnerId = db.OwnerId, PostingKey = capture.PostingKey, Url = capture.Url, FirstSavedAt = receivedAt }).Entity;
        posting.LastSavedAt = receivedAt;
        posting.LastCheckedAt = receivedAt;
        (posting.GoneStatus, posting.GoneAt) = (null, null);
        PostingReadModel.Apply(posting, analysis, capture.Title);

        var snapshot = new Snapshot
        {
            CaptureId = capture.CaptureId,
            Url = capture.Url,
            UrlKey = PostingIdentity.UrlKey(capture.Url),
            Title = capture.Title,
            Source = capture.Source,
            CapturedAt = capture.CapturedAt,
            ReceivedAt = receivedAt,
            HtmlGzip = HtmlCompression.Compress(capture.Html),
            HtmlLength = capture.Html.Length,
            Selection = capture.Selection,
            Screenshot = capture.Screenshot,
        };
        posting.Snapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);

        db.Analyses.Add(new StoredAnalysis
        {
            SnapshotId = snapshot.Id,
            AnalyzerVersion = analysis.AnalyzerVersion,
            Json = AnalysisJson.Serialize(analysis),
            AnalyzedAt = receivedAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        if (!isNew)
        {
            await ChangeFlag.UpdateAsync(db, posting, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await PostingSearch.IndexAsync(db, posting, analysis.Text, cancellationToken);
        if (commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new StoredCapture(posting.Id, snapshot.Id, isNew, WasDuplicate: false);
    }
}
