namespace JobCapture.Storage.Tracking;

public sealed class StatusChange
{
    public long Id { get; set; }
    public long PostingId { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateOnly OnDate { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
