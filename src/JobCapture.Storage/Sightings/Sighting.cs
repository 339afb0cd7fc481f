using JobCapture.Core.Identity;

namespace JobCapture.Storage.Sightings;

/// <summary>One place a posting was seen: the URL, when, the snapshot taken there (none for a posting imported from
/// a tracker's CSV), and what <see cref="SamePosting"/> compares (see <see cref="PostingSighting"/>).</summary>
public sealed class Sighting
{
    public long Id { get; set; }
    public long PostingId { get; set; }
    public long? SnapshotId { get; set; }
    public required string Url { get; set; }

    /// <summary>The page's own posting key.</summary>
    public required string JobKey { get; set; }

    /// <summary>The board job its apply link names, or empty.</summary>
    public string AtsKey { get; set; } = "";

    /// <summary>Its title, company and location folded, or empty when one is unknown.</summary>
    public string FieldsKey { get; set; } = "";
    public DateTimeOffset SeenAt { get; set; }

    public PostingSighting ToPostingSighting() => new(JobKey, AtsKey, FieldsKey, SeenAt);

    /// <summary>Takes over what <paramref name="seen"/> knows of the page (after a capture or a re-analysis).</summary>
    public void Describe(PostingSighting seen) => (AtsKey, FieldsKey) = (seen.AtsKey, seen.FieldsKey);
}
