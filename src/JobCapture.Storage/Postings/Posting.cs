using JobCapture.Storage.Snapshots;
using JobCapture.Storage.Tracking;

namespace JobCapture.Storage.Postings;

/// <summary>One job ad, identified by its key (canonical URL or the board's job id). Its fields mirror the latest
/// analysis so the list can be filtered and sorted without reading every analysis.</summary>
public sealed class Posting
{
    public long Id { get; set; }
    public required string PostingKey { get; set; }
    public required string Url { get; set; }
    public string Title { get; set; } = "";
    public string Company { get; set; } = "";
    public string Location { get; set; } = "";
    public string PhoneVerdict { get; set; } = "";
    public string Summary { get; set; } = "";
    public DateTimeOffset FirstSavedAt { get; set; }
    public DateTimeOffset LastSavedAt { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Saved;
    public DateTimeOffset? StatusChangedAt { get; set; }
    public DateOnly? AppliedOn { get; set; }
    public string Notes { get; set; } = "";
    public List<Snapshot> Snapshots { get; } = [];
}
