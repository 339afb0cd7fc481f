using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>
/// A capture made while JobCapture is not running waits in the extension's outbox and arrives by itself, once,
/// when the service is back, even when Chrome stopped the extension's service worker in between.
/// </summary>
[Category("Threats")]
[TestFixture]
public sealed class OutboxTests : ServiceFixture
{
    private const string Queued = "Queued, will be sent when JobCapture runs.";
    private static readonly string[] Openings = ["outbox-1", "outbox-2", "outbox-3"];

    [Test]
    public async Task Captures_saved_while_the_service_is_down_arrive_once_and_in_order_after_it_restarts()
    {
        await DrainAlarmEverySecondAsync();
        await StopServiceAsync();

        for (var i = 0; i < Openings.Length; i++)
        {
            var (_, tabId) = await OpenPageAsync(JobSite.JobUrl("no-phone-calls-posting", "?opening=" + Openings[i]));
            var popup = await OpenPopupAsync(tabId);
            await ClickSaveAsync(popup);

            Assert.Multiple(async () =>
            {
                Assert.That(await popup.TextContentAsync("#status"), Does.StartWith(Queued));
                Assert.That(await BadgeTextAsync(), Is.EqualTo((i + 1).ToString()));
            });
            await popup.CloseAsync();
        }

        await StopExtensionWorkerAsync();
        await StartServiceAsync();

        var postings = await WaitForPostingsAsync(Openings.Length);
        await Task.Delay(TimeSpan.FromSeconds(2)); // a few more alarm rounds: nothing may be sent twice
        var openingsInIdOrder = postings.OrderBy(p => p.GetProperty("id").GetInt64())
            .Select(p => new Uri(p.GetProperty("url").GetString()!).Query.Replace("?opening=", "", StringComparison.Ordinal));

        Assert.Multiple(async () =>
        {
            Assert.That(openingsInIdOrder, Is.EqualTo(Openings), "captures should arrive in the order they were saved");
            Assert.That(await SnapshotCountAsync(), Is.EqualTo(Openings.Length), "each capture should be stored exactly once");
            Assert.That(await QueuedCountAsync(), Is.Zero);
            Assert.That(await BadgeTextAsync(), Is.Empty);
            Assert.That(await ExtensionWorkerTargetAsync(), Is.Not.Null, "an alarm should have woken the stopped worker");
        });
    }

    /// <summary>Released Chrome runs alarms at most every 30 s; unpacked extensions may run them every second.</summary>
    private async Task DrainAlarmEverySecondAsync() =>
        await ControlPage.EvaluateAsync("() => chrome.alarms.create('drain-outbox', { periodInMinutes: 1 / 60 })");

    private Task<int> QueuedCountAsync() =>
        ControlPage.EvaluateAsync<int>("async () => ((await chrome.storage.local.get('outbox')).outbox ?? []).length");

    private async Task<System.Text.Json.JsonElement[]> WaitForPostingsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var postings = await ListPostingsAsync();
        while (postings.Length < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            postings = await ListPostingsAsync();
        }

        return postings;
    }
}
