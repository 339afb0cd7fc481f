using JobCapture.Storage.Postings;

namespace JobCapture.App.Dashboard;

/// <summary>A posting's flags as the list, board and posting page show them, with why it is closed.</summary>
public sealed record FlagsView(long PostingId, PostingFlags Flags, DateOnly Today)
{
    public bool IsClosed => Flags.IsClosed(Today);

    public string? ClosedReason => Flags switch
    {
        { GoneStatus: { } status } => $"the page answered {status} when it was checked again",
        { ClosedNotice: { } notice } => $"the page says: “{notice}”",
        { Deadline: { } deadline } when Flags.IsPastDeadline(Today) => $"applications closed {deadline:d MMM yyyy}",
        _ => null,
    };
}
