using System.Text.Json;
using JobCapture.Storage.Analyses;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Search;
using JobCapture.Storage.Snapshots;
using JobCapture.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Copy;

/// <summary>
/// Copies one owner's data from one database into another (a local SQLite file into a server), in one transaction
/// on the target: postings, snapshots, sightings, analyses, status changes, follow-ups and referral contacts, with new ids there,
/// and the search index rebuilt. Each context reads and writes as its own owner, so the source's owner and the
/// target's may differ. Afterwards <see cref="TableChecksums"/> on both sides proves nothing was lost.
/// </summary>
public static class DatabaseCopy
{
    private const int BatchSize = 100;

    /// <summary>Copies everything <paramref name="source"/>'s owner has into <paramref name="target"/>'s owner, who must
    /// have no postings yet. Returns false, copying nothing, when they have.</summary>
    public static async Task<bool> CopyAsync(JobCaptureDb source, JobCaptureDb target, CancellationToken cancellationToken)
    {
        if (await target.Postings.AnyAsync(cancellationToken) || await target.ReferralContacts.AnyAsync(cancellationToken))
        {
            return false;
        }

        await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken);
        var ids = await source.Postings.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            await CopyPostingsAsync(source, target, batch, cancellationToken);
        }

        var referrals = await source.ReferralContacts.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var referral in referrals)
        {
            (referral.Id, referral.OwnerId) = (0, target.OwnerId);
        }

        target.ReferralContacts.AddRange(referrals);
        await target.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task CopyPostingsAsync(JobCaptureDb source, JobCaptureDb target, long[] batch, CancellationToken cancellationToken)
    {
        var postings = await source.Postings.AsNoTracking().Where(p => batch.Contains(p.Id)).ToListAsync(cancellationToken);
        var snapshots = await source.Snapshots.AsNoTracking().Where(s => batch.Contains(s.PostingId)).ToListAsync(cancellationToken);
        var snapshotIds = snapshots.Select(s => s.Id).ToList();
        var analyses = await source.Analyses.AsNoTracking().Where(a => snapshotIds.Contains(a.SnapshotId)).ToListAsync(cancellationToken);
        var sightings = await source.Sightings.AsNoTracking().Where(s => batch.Contains(s.PostingId)).ToListAsync(cancellationToken);
        var statusChanges = await source.StatusChanges.AsNoTracking().Where(c => batch.Contains(c.PostingId)).ToListAsync(cancellationToken);
        var followUps = await source.FollowUps.AsNoTracking().Where(f => batch.Contains(f.PostingId)).ToListAsync(cancellationToken);

        var oldPostingIds = postings.Select(p => p.Id).ToList();
        var postingIds = await InsertAsync(target, postings, p => p.Id, p => (p.Id, p.OwnerId) = (0, target.OwnerId), cancellationToken);
        var newSnapshotIds = await InsertAsync(target, snapshots, s => s.Id, s => (s.Id, s.PostingId) = (0, postingIds[s.PostingId]), cancellationToken);
        var newest = NewestAnalysisText(snapshots, analyses);
        foreach (var analysis in analyses)
        {
            (analysis.Id, analysis.SnapshotId) = (0, newSnapshotIds[analysis.SnapshotId]);
        }

        target.Analyses.AddRange(analyses);
        foreach (var sighting in sightings)
        {
            (sighting.Id, sighting.PostingId) = (0, postingIds[sighting.PostingId]);
            sighting.SnapshotId = sighting.SnapshotId is { } snapshotId ? newSnapshotIds[snapshotId] : null;
        }

        target.Sightings.AddRange(sightings);
        foreach (var change in statusChanges)
        {
            (change.Id, change.PostingId) = (0, postingIds[change.PostingId]);
        }

        target.StatusChanges.AddRange(statusChanges);
        foreach (var followUp in followUps)
        {
            (followUp.Id, followUp.PostingId) = (0, postingIds[followUp.PostingId]);
        }

        target.FollowUps.AddRange(followUps);
        await target.SaveChangesAsync(cancellationToken);
        foreach (var (oldId, posting) in oldPostingIds.Zip(postings))
        {
            await PostingSearch.IndexAsync(target, posting, newest.GetValueOrDefault(oldId, ""), cancellationToken);
        }

        target.ChangeTracker.Clear();
    }

    /// <summary>Adds <paramref name="rows"/> after <paramref name="prepare"/> cleared their ids, and maps each old id to
    /// the new one.</summary>
    private static async Task<Dictionary<long, long>> InsertAsync<T>(
        JobCaptureDb target, List<T> rows, Func<T, long> id, Action<T> prepare, CancellationToken cancellationToken)
        where T : class
    {
        var oldIds = rows.Select(id).ToList();
        rows.ForEach(prepare);
        target.Set<T>().AddRange(rows);
        await target.SaveChangesAsync(cancellationToken);
        return oldIds.Zip(rows.Select(id)).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    /// <summary>The text of each posting's newest analysed snapshot, by the source's posting id: what search indexes.</summary>
    private static Dictionary<long, string> NewestAnalysisText(List<Snapshot> snapshots, List<StoredAnalysis> analyses)
    {
        var bySnapshot = analyses.ToDictionary(a => a.SnapshotId, a => a.Json);
        return snapshots.Where(s => bySnapshot.ContainsKey(s.Id))
            .GroupBy(s => s.PostingId)
            .ToDictionary(
                g => g.Key,
                g => TextOf(bySnapshot[g.OrderByDescending(s => s.ReceivedAt).ThenByDescending(s => s.Id).First().Id]));
    }

    private static string TextOf(string analysisJson)
    {
        using var document = JsonDocument.Parse(analysisJson);
        return document.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";
    }
}
