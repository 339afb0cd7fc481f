using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Rechecks;

/// <summary>What <c>jobcapture recheck</c> reads and records: the postings still open, and the ones it found gone.</summary>
public sealed class RecheckStore(JobCaptureDb db)
{
    /// <summary>The user is done with these; their pages are not fetched again.</summary>
    private static readonly ApplicationStatus[] Finished = [ApplicationStatus.Rejected, ApplicationStatus.Withdrawn, ApplicationStatus.Closed];

    /// <summary>Postings not closed (no closing notice, not gone, deadline not passed) and not at a finished status,
    /// last captured or checked before <paramref name="checkedBefore"/>, oldest id first.</summary>
    public Task<List<RecheckTarget>> OpenPostingsAsync(DateTimeOffset checkedBefore, DateOnly today, CancellationToken cancellationToken) =>
        db.Postings.AsNoTracking()
            .Where(p => !Finished.Contains(p.Status) && p.ClosedNotice == null && p.GoneStatus == null && (p.Deadline == null || p.Deadline >= today))
            .Where(p => (p.LastCheckedAt ?? p.LastSavedAt) < checkedBefore)
            .OrderBy(p => p.Id)
            .Select(p => new RecheckTarget(p.Id, p.PostingKey, p.Url, p.Title))
            .ToListAsync(cancellationToken);

    /// <summary>The page answered <paramref name="httpStatus"/> (404, 410): the posting is closed.</summary>
    public Task MarkGoneAsync(long postingId, int httpStatus, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Postings.Where(p => p.Id == postingId).ExecuteUpdateAsync(set => set
            .SetProperty(p => p.GoneStatus, httpStatus)
            .SetProperty(p => p.GoneAt, at)
            .SetProperty(p => p.LastCheckedAt, at), cancellationToken);

    public Task<Posting?> FindAsync(long postingId, CancellationToken cancellationToken) =>
        db.Postings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postingId, cancellationToken);
}

public sealed record RecheckTarget(long Id, string PostingKey, string Url, string Title);
