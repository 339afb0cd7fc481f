using JobCapture.Core.FollowUp;

namespace JobCapture.Storage.Tracking;

/// <summary>A follow-up the user made. <see cref="Warning"/> keeps what we warned about when it was logged (a call
/// the posting forbids, a second call where one was the limit).</summary>
public sealed class FollowUpEntry
{
    public long Id { get; set; }
    public long PostingId { get; set; }
    public Channel Channel { get; set; }
    public DateOnly OnDate { get; set; }
    public string Note { get; set; } = "";
    public string? Warning { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
}
