using System.Globalization;
using JobCapture.Core.Postings;

namespace JobCapture.Core.FollowUp;

/// <summary>When to follow up: <see cref="BusinessDays"/> after applying (the default, or the posting's own stated
/// response time), and the application deadline when the posting gives one. Pure: "today" is always passed in.</summary>
public sealed record FollowUpTiming(int BusinessDays)
{
    public StatedResponseTime? StatedResponseTime { get; init; }

    /// <summary>The posting's closing date (from its structured data), if it gives one.</summary>
    public DateOnly? Deadline { get; init; }

    public DateOnly EarliestFollowUp(DateOnly appliedOn) => BusinessCalendar.AddBusinessDays(appliedOn, BusinessDays);

    public DateOnly EarliestFollowUp(DateTimeOffset appliedAt, TimeZoneInfo zone) =>
        EarliestFollowUp(BusinessCalendar.DateIn(appliedAt, zone));

    /// <summary>True on and after the earliest follow-up date: due today or overdue.</summary>
    public bool IsDue(DateOnly appliedOn, DateOnly today) => today >= EarliestFollowUp(appliedOn);

    public bool IsDue(DateTimeOffset appliedAt, DateTimeOffset now, TimeZoneInfo zone) =>
        IsDue(BusinessCalendar.DateIn(appliedAt, zone), BusinessCalendar.DateIn(now, zone));

    /// <summary>True once the deadline's day is over; false when there is no deadline.</summary>
    public bool IsPastDeadline(DateOnly today) => Deadline is { } deadline && today > deadline;

    public static FollowUpTiming For(FollowUpFacts facts, AnalyzerOptions options)
    {
        var stated = ResponseTimeReader.Find(facts.Text);
        return new FollowUpTiming(stated?.BusinessDays ?? options.FollowUpBusinessDays)
        {
            StatedResponseTime = stated,
            Deadline = ReadDeadline(facts.Posting),
        };
    }

    /// <summary>validThrough is ISO 8601, often with a time and offset; the date as written is the one the
    /// employer means, so the offset is not applied.</summary>
    internal static DateOnly? ReadDeadline(PostingFields posting)
    {
        var value = posting.ValidThrough.Trim();
        return value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) ? date : null;
    }
}
