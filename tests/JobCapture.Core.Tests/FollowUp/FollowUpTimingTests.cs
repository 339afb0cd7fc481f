using JobCapture.Core.FollowUp;
using static JobCapture.Core.Tests.FollowUp.Given;

namespace JobCapture.Core.Tests.FollowUp;

public class FollowUpTimingTests
{
    private static readonly FollowUpTiming FiveDays = new(5);

    [Test]
    public void The_default_is_five_business_days_after_applying()
    {
        var timing = FollowUpTiming.For(Facts(), AnalyzerOptions.CreateDefault());

        Assert.Multiple(() =>
        {
            Assert.That(timing.BusinessDays, Is.EqualTo(5));
            Assert.That(timing.EarliestFollowUp(new DateOnly(2025, 11, 25)), Is.EqualTo(new DateOnly(2025, 12, 2)));
        });
    }

    [Test]
    public void The_default_is_configurable()
    {
        var timing = FollowUpTiming.For(Facts(), AnalyzerOptions.CreateDefault() with { FollowUpBusinessDays = 3 });

        Assert.That(timing.BusinessDays, Is.EqualTo(3));
    }

    [Test]
    public void A_stated_response_time_overrides_the_configured_default()
    {
        var facts = Facts(text: "Thanks for applying. We aim to respond within 10 working days.");

        var timing = FollowUpTiming.For(facts, AnalyzerOptions.CreateDefault() with { FollowUpBusinessDays = 3 });

        Assert.Multiple(() =>
        {
            Assert.That(timing.BusinessDays, Is.EqualTo(10));
            Assert.That(timing.StatedResponseTime!.Text, Is.EqualTo("within 10 working days"));
            Assert.That(timing.EarliestFollowUp(new DateOnly(2026, 11, 23)), Is.EqualTo(new DateOnly(2026, 12, 7)));
        });
    }

    [Test]
    public void A_follow_up_is_due_on_its_day_and_after_it_but_not_before()
    {
        var applied = new DateOnly(2026, 11, 27);

        Assert.Multiple(() =>
        {
            Assert.That(FiveDays.IsDue(applied, new DateOnly(2026, 12, 3)), Is.False);
            Assert.That(FiveDays.IsDue(applied, new DateOnly(2026, 12, 4)), Is.True);
            Assert.That(FiveDays.IsDue(applied, new DateOnly(2026, 12, 9)), Is.True);
        });
    }

    [Test]
    public void The_applicant_s_own_time_zone_decides_the_day_applied_and_today()
    {
        var appliedAt = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            // Friday 27 Nov in Auckland, Thursday 26 Nov in Los Angeles.
            Assert.That(FiveDays.EarliestFollowUp(appliedAt, Zones.Auckland), Is.EqualTo(new DateOnly(2026, 12, 4)));
            Assert.That(FiveDays.EarliestFollowUp(appliedAt, Zones.LosAngeles), Is.EqualTo(new DateOnly(2026, 12, 3)));
        });
    }

    [Test]
    public void Today_is_the_date_where_the_applicant_lives_not_in_utc()
    {
        var appliedAt = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
        var now = new DateTimeOffset(2026, 12, 2, 20, 0, 0, TimeSpan.FromHours(-8)); // already 3 Dec in UTC

        Assert.Multiple(() =>
        {
            Assert.That(FiveDays.IsDue(appliedAt, now, Zones.LosAngeles), Is.False);
            Assert.That(FiveDays.IsDue(appliedAt, now.AddHours(4), Zones.LosAngeles), Is.True);
        });
    }

    [TestCase("2026-12-05", "2026-12-05")]
    [TestCase("2026-12-05T23:59:59+01:00", "2026-12-05")]
    [TestCase("2027-01-31T00:00:00Z", "2027-01-31")]
    public void The_deadline_is_read_from_validThrough(string validThrough, string expected)
    {
        var timing = FollowUpTiming.For(Facts(validThrough: validThrough), AnalyzerOptions.CreateDefault());

        Assert.That(timing.Deadline, Is.EqualTo(DateOnly.Parse(expected)));
    }

    [TestCase("")]
    [TestCase("soon")]
    [TestCase("31/12/2026")]
    public void An_unreadable_or_missing_deadline_is_no_deadline(string validThrough)
    {
        Assert.That(FollowUpTiming.For(Facts(validThrough: validThrough), AnalyzerOptions.CreateDefault()).Deadline, Is.Null);
    }

    [Test]
    public void The_deadline_passes_after_its_day()
    {
        var timing = new FollowUpTiming(5) { Deadline = new DateOnly(2026, 12, 31) };

        Assert.Multiple(() =>
        {
            Assert.That(timing.IsPastDeadline(new DateOnly(2026, 12, 31)), Is.False);
            Assert.That(timing.IsPastDeadline(new DateOnly(2027, 1, 1)), Is.True);
        });
    }
}
