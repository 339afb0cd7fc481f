using JobCapture.Core.Identity;
using JobCapture.Storage.Postings;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Sightings;

/// <summary>Finds the posting a capture is another sighting of: the database narrows the owner's sightings to those
/// sharing a key or the folded fields, <see cref="SamePosting"/> decides. A shared key wins over equal fields.</summary>
internal static class SightingMatch
{
    public static async Task<Posting?> PostingSeenAsAsync(JobCaptureDb db, PostingSighting seen, CancellationToken cancellationToken)
    {
        var keys = seen.Keys.ToList();
        var fieldsKey = seen.FieldsKey;
        var candidates = await db.Sightings.AsNoTracking()
            .Where(s => keys.Contains(s.JobKey) || keys.Contains(s.AtsKey) || (fieldsKey != "" && s.FieldsKey == fieldsKey))
            .ToListAsync(cancellationToken);
        var match = candidates
            .Select(s => (s.PostingId, Sighting: s.ToPostingSighting()))
            .Where(c => SamePosting.Matches(seen, c.Sighting))
            .OrderByDescending(c => c.Sighting.Keys.Intersect(keys, StringComparer.Ordinal).Any())
            .ThenByDescending(c => c.Sighting.SeenAt)
            .Select(c => (long?)c.PostingId)
            .FirstOrDefault();
        return match is { } postingId ? await db.Postings.FirstAsync(p => p.Id == postingId, cancellationToken) : null;
    }
}
