using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JobCapture.Storage.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JobCapture.Storage.Copy;

/// <summary>
/// Row count and checksum per table of one owner's data, comparable across databases and engines: each row is read
/// through the model, its surrogate ids (own id, owner, parent ids) replaced by the parent's natural key (the
/// posting's key, the snapshot's capture id), hashed, and the sorted row hashes hashed again, so ids and row order
/// do not matter but every value does.
/// </summary>
public static class TableChecksums
{
    public static async Task<IReadOnlyList<TableChecksum>> ForAsync(JobCaptureDb db, CancellationToken cancellationToken)
    {
        var postingKeys = await db.Postings.ToDictionaryAsync(p => p.Id, p => p.PostingKey, cancellationToken);
        var captureIds = await db.Snapshots.ToDictionaryAsync(s => s.Id, s => s.CaptureId, cancellationToken);
        return
        [
            await ChecksumAsync(db, db.Postings, "postings", p => "", cancellationToken),
            await ChecksumAsync(db, db.Snapshots, "snapshots", s => postingKeys[s.PostingId], cancellationToken),
            await ChecksumAsync(db, db.Analyses, "analyses", a => captureIds[a.SnapshotId], cancellationToken),
            await ChecksumAsync(db, db.Sightings, "sightings", s => postingKeys[s.PostingId] + " " + (s.SnapshotId is { } id ? captureIds[id] : ""), cancellationToken),
            await ChecksumAsync(db, db.StatusChanges, "status_changes", c => postingKeys[c.PostingId], cancellationToken),
            await ChecksumAsync(db, db.FollowUps, "follow_ups", f => postingKeys[f.PostingId], cancellationToken),
            await ChecksumAsync(db, db.ReferralContacts, "referral_contacts", r => "", cancellationToken),
        ];
    }

    private static async Task<TableChecksum> ChecksumAsync<T>(
        JobCaptureDb db, IQueryable<T> rows, string table, Func<T, string> parentKey, CancellationToken cancellationToken)
        where T : class
    {
        var properties = db.Model.FindEntityType(typeof(T))!.GetProperties()
            .Where(p => !p.IsPrimaryKey() && !p.IsForeignKey() && p.Name != nameof(Posting.OwnerId))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var hashes = new List<string>();
        await foreach (var row in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            hashes.Add(Hash(Canonical(row, properties, parentKey(row))));
        }

        hashes.Sort(StringComparer.Ordinal);
        return new TableChecksum(table, hashes.Count, Hash(string.Join('\n', hashes)));
    }

    private static string Canonical(object row, List<IProperty> properties, string parentKey)
    {
        var text = new StringBuilder(parentKey);
        foreach (var property in properties)
        {
            text.Append('\u001f').Append(property.Name).Append('=').Append(Format(property.PropertyInfo!.GetValue(row)));
        }

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "\u2400",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTimeOffset time => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

public sealed record TableChecksum(string Table, int Rows, string Sha256);
