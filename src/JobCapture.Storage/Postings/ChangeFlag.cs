using JobCapture.Core;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Postings;

/// <summary>Keeps <see cref="Posting.ChangedSinceSaved"/>: the stored analyses of the posting's first (or the given
/// earlier) and newest snapshots compared (text, statements, verdicts).</summary>
internal static class ChangeFlag
{
    /// <summary>Compares the newest snapshot with <paramref name="since"/>, the first one taken where the newest was (a
    /// posting seen on two sites), or with the posting's first when null. Call after the newest snapshot's analysis is
    /// saved; the caller saves the posting.</summary>
    public static async Task UpdateAsync(JobCaptureDb db, Posting posting, long? since, CancellationToken cancellationToken)
    {
        var snapshots = db.Snapshots.Where(s => s.PostingId == posting.Id);
        var first = since ?? await snapshots.OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id).Select(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        var newest = await snapshots.OrderByDescending(s => s.ReceivedAt).ThenByDescending(s => s.Id).Select(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (first == newest)
        {
            posting.ChangedSinceSaved = false;
            return;
        }

        var analyses = await db.Analyses.AsNoTracking()
            .Where(a => a.SnapshotId == first || a.SnapshotId == newest)
            .ToDictionaryAsync(a => a.SnapshotId, a => a.Json, cancellationToken);
        posting.ChangedSinceSaved = Read(analyses, first) is { } before && Read(analyses, newest) is { } after
            && AnalysisChanges.Between(before, after).Any;
    }

    private static Analysis? Read(Dictionary<long, string> analyses, long snapshotId) =>
        analyses.TryGetValue(snapshotId, out var json) ? AnalysisJson.Deserialize(json) : null;
}
