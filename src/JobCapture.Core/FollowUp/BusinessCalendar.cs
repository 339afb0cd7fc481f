namespace JobCapture.Core.FollowUp;

/// <summary>Business-day arithmetic: Saturdays and Sundays are skipped; public holidays are not known.</summary>
public static class BusinessCalendar
{
    public static bool IsBusinessDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date <paramref name="businessDays"/> business days after <paramref name="start"/>. Counting
    /// starts the day after, so applying on a Saturday and on the Friday before it gives the same answer.</summary>
    public static DateOnly AddBusinessDays(DateOnly start, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(businessDays);
        if (businessDays == 0)
        {
            return start;
        }

        // Counting from a weekend day is counting from the Friday before it; from a Friday, whole weeks land on a Friday.
        var date = start;
        while (!IsBusinessDay(date))
        {
            date = date.AddDays(-1);
        }

        date = date.AddDays(businessDays / 5 * 7);
        for (var remaining = businessDays % 5; remaining > 0;)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>The calendar date of an instant where the user lives: "today" at 23:30 in Auckland is already
    /// tomorrow in UTC.</summary>
    public static DateOnly DateIn(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
