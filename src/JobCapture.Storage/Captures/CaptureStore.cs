using JobCapture.Core;
using JobCapture.Core.Identity;
using JobCapture.Storage.Analyses;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Search;
using JobCapture.Storage.Sightings;
using JobCapture.Storage.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Captures;

/// <summary>Writes a capture (posting, snapshot, analysis, sighting) in one transaction: either all of it is saved or
/// none. A capture goes to the posting of its key, else to the posting it is another sighting of (<see cref="SightingMatch"/>),
/// else to a new posting; it adds a sighting unless the posting was already seen under its key.</summary>
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

        var seen = PostingSighting.Of(capture.PostingKey, analysis, capture.CapturedAt);
        var posting = await db.Postings.FirstOrDefaultAsync(p => p.PostingKey == capture.PostingKey, cancellationToken)
            ?? await SightingMatch.PostingSeenAsAsync(db, seen, cancellationToken);
        var isNew = posting is null;
        var seenHereBefore = isNew ? null : await db.Sightings.AsNoTracking().FirstOrDefaultAsync(s => s.PostingId == posting!.Id && s.JobKey == seen.Key, cancellationToken);
        var isNewSighting = seenHereBefore is null;
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
        if (isNewSighting)
        {
            AddSighting(posting, snapshot, seen);
        }

        db.Analyses.Add(new StoredAnalysis
        {
            SnapshotId = snapshot.Id,
            AnalyzerVersion = analysis.AnalyzerVersion,
            Json = AnalysisJson.Serialize(analysis),
            AnalyzedAt = receivedAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        // Another site's page differs from the first anyway: the change is measured from the first snapshot taken here.
        if (seenHereBefore is not null)
        {
            await ChangeFlag.UpdateAsync(db, posting, seenHereBefore.SnapshotId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await PostingSearch.IndexAsync(db, posting, analysis.Text, cancellationToken);
        if (commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new StoredCapture(posting.Id, snapshot.Id, isNew, WasDuplicate: false, JoinedPosting: !isNew && isNewSighting);
    }

    private void AddSighting(Posting posting, Snapshot snapshot, PostingSighting seen)
    {
        var sighting = new Sighting { PostingId = posting.Id, SnapshotId = snapshot.Id, Url = snapshot.Url, JobKey = seen.Key, SeenAt = seen.SeenAt };
        sighting.Describe(seen);
        db.Sightings.Add(sighting);
    }
}
