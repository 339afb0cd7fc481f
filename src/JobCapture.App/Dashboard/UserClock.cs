using JobCapture.Core.FollowUp;

namespace JobCapture.App.Dashboard;

/// <summary>"Today" as the user sees it: the machine's local date, from an injectable clock so tests can move it.</summary>
public sealed class UserClock(TimeProvider time)
{
    public DateOnly Today => BusinessCalendar.DateIn(time.GetUtcNow(), time.LocalTimeZone);
}
