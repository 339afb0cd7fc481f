using JobCapture.Core.FollowUp;

namespace JobCapture.Core.Tests.FollowUp;

public class BusinessCalendarTests
{
    [TestCase("2026-11-23", 5, "2026-11-30", TestName = "Monday plus five business days is the next Monday")]
    [TestCase("2026-11-27", 1, "2026-11-30", TestName = "Friday plus one business day skips the weekend")]
    [TestCase("2026-11-28", 1, "2026-11-30", TestName = "Saturday plus one business day is Monday")]
    [TestCase("2026-11-29", 5, "2026-12-04", TestName = "Sunday plus five business days is Friday")]
    [TestCase("2026-11-28", 5, "2026-12-04", TestName = "Saturday counts like the Friday before it")]
    [TestCase("2026-11-27", 5, "2026-12-04", TestName = "A follow-up crosses the month end")]
    [TestCase("2026-12-30", 5, "2027-01-06", TestName = "A follow-up crosses the year end")]
    [TestCase("2028-02-25", 2, "2028-02-29", TestName = "A follow-up lands on a leap day")]
    [TestCase("2026-11-25", 23, "2026-12-28", TestName = "Many business days jump whole weeks")]
    [TestCase("2026-11-28", 0, "2026-11-28", TestName = "Zero business days is the day itself")]
    public void Adding_business_days(string start, int days, string expected)
    {
        Assert.That(BusinessCalendar.AddBusinessDays(DateOnly.Parse(start), days), Is.EqualTo(DateOnly.Parse(expected)));
    }

    [Test]
    public void Adding_business_days_never_lands_on_a_weekend()
    {
        var start = new DateOnly(2026, 1, 1);
        for (var offset = 0; offset < 14; offset++)
        {
            for (var days = 1; days <= 12; days++)
            {
                var date = BusinessCalendar.AddBusinessDays(start.AddDays(offset), days);
                Assert.That(BusinessCalendar.IsBusinessDay(date), Is.True, $"{start.AddDays(offset)} + {days}");
            }
        }
    }

    [Test]
    public void A_negative_number_of_days_is_refused()
    {
        Assert.That(() => BusinessCalendar.AddBusinessDays(new DateOnly(2026, 11, 23), -1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void The_same_instant_is_a_different_date_in_Auckland_and_Los_Angeles()
    {
        var instant = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(BusinessCalendar.DateIn(instant, Zones.Auckland), Is.EqualTo(new DateOnly(2026, 11, 27)));
            Assert.That(BusinessCalendar.DateIn(instant, Zones.LosAngeles), Is.EqualTo(new DateOnly(2026, 11, 26)));
        });
    }
}

/// <summary>Fixed-offset zones, so the tests do not depend on the machine's time-zone database.</summary>
internal static class Zones
{
    public static TimeZoneInfo Auckland { get; } = TimeZoneInfo.CreateCustomTimeZone("Test/Auckland", TimeSpan.FromHours(13), "Auckland (summer)", "NZDT");

    public static TimeZoneInfo LosAngeles { get; } = TimeZoneInfo.CreateCustomTimeZone("Test/LosAngeles", TimeSpan.FromHours(-8), "Los Angeles (winter)", "PST");
}
