using JobCapture.Core;
using JobCapture.Core.FollowUp;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Stats;
using JobCapture.Storage.Tracking;

namespace JobCapture.Storage.Tests;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class StatsQueriesTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    private async Task<long> SaveAsync(string html = "<p>Stack shelves.</p>")
    {
        await using var db = Open();
        var key = "https://jobs.example/" + Guid.NewGuid().ToString("N");
        var capture = new NewCapture(Guid.NewGuid().ToString("N"), key, key, "Job", "cli", DateTimeOffset.UtcNow, html, null, null);
        return (await new CaptureStore(db).SaveAsync(capture, PostingAnalyzer.CreateDefault().AnalyzeHtml(html, key), DateTimeOffset.UtcNow, CancellationToken.None)).PostingId;
    }

    private async Task MoveAsync(long id, params (ApplicationStatus Status, DateOnly On)[] moves)
    {
        await using var db = Open();
        foreach (var (status, on) in moves)
        {
            await new TrackingStore(db, TimeProvider.System).SetStatusAsync(id, status, on, CancellationToken.None);
        }
    }

    private async Task<PipelineStats> StatsAsync()
    {
        await using var db = Open();
        return await new StatsQueries(db).ForWeekOfAsync(Monday.AddDays(2), CancellationToken.None);
    }

    [Test]
    public async Task The_funnel_counts_each_posting_at_every_stage_it_reached_even_after_it_moved_on()
    {
        await SaveAsync("<p>No phone calls, please.</p>");
        await MoveAsync(await SaveAsync(), (ApplicationStatus.Applied, Monday));
        await MoveAsync(await SaveAsync(), (ApplicationStatus.Applied, Monday), (ApplicationStatus.Rejected, Monday.AddDays(4)));
        await MoveAsync(await SaveAsync(), (ApplicationStatus.Applied, Monday.AddDays(-7)), (ApplicationStatus.Interviewing, Monday.AddDays(-1)), (ApplicationStatus.Offer, Monday));

        var stats = await StatsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(stats.Funnel, Is.EqualTo(new FunnelFigures(Saved: 4, Applied: 3, AnyReply: 2, Interview: 1, Offer: 1)));
            Assert.That(stats.ReplyRate, Is.EqualTo(0.667));
            Assert.That(stats.MedianDaysToFirstReply, Is.EqualTo(5), "4 and 6 days");
            Assert.That(stats.PostingsForbiddingCalls, Is.EqualTo(1));
            Assert.That(stats.Weeks[^1], Is.EqualTo(new WeekFigures(Monday, Applications: 2, FollowUps: 0)));
            Assert.That(stats.Weeks[^2].Applications, Is.EqualTo(1));
            Assert.That(stats.Weeks, Has.Count.EqualTo(StatsQueries.Weeks));
        });
    }

    [Test]
    public async Task Follow_ups_are_counted_per_channel_and_per_week()
    {
        var id = await SaveAsync();
        await using (var db = Open())
        {
            var tracking = new TrackingStore(db, TimeProvider.System);
            await tracking.LogFollowUpAsync(id, Channel.Email, Monday, "", null, CancellationToken.None);
            await tracking.LogFollowUpAsync(id, Channel.Email, Monday.AddDays(-3), "", null, CancellationToken.None);
            await tracking.LogFollowUpAsync(id, Channel.LinkedIn, Monday.AddDays(1), "", null, CancellationToken.None);
        }

        var stats = await StatsAsync();

        Assert.That(stats.FollowUpsByChannel.ToDictionary(c => c.Channel, c => c.Count),
            Is.EqualTo(new Dictionary<string, int> { ["phone"] = 0, ["email"] = 2, ["linkedIn"] = 1, ["inPerson"] = 0, ["referral"] = 0 }));
        Assert.That(stats.Weeks.Select(w => w.FollowUps).TakeLast(2), Is.EqualTo(new[] { 1, 2 }));
    }
}
