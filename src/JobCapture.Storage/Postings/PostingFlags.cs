namespace JobCapture.Storage.Postings;

/// <summary>What the list, board and posting page flag: "changed since you saved it" and "closed" — the deadline has
/// passed, the page says it no longer takes applications, or a re-check found it gone.</summary>
public sealed record PostingFlags(bool ChangedSinceSaved, string? ClosedNotice, int? GoneStatus, DateOnly? Deadline)
{
    public bool IsClosed(DateOnly today) => ClosedNotice is not null || GoneStatus is not null || IsPastDeadline(today);

    public bool IsPastDeadline(DateOnly today) => Deadline is { } deadline && today > deadline;
}
