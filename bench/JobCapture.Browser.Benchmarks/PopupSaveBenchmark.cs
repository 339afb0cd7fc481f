using System.Diagnostics;
using System.Globalization;
using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Benchmarks;

/// <summary>
/// The popup's promise: after "Save job" it shows the posting's phone verdict within a second. Each round opens a
/// new posting in real Chromium with the extension, presses Save in the popup and times until the verdict shows;
/// after a few warm-up rounds the median of the rounds is reported and held to the second.
/// Rounds: $JOBCAPTURE_POPUP_ROUNDS (default 21).
/// </summary>
[TestFixture]
public sealed class PopupSaveBenchmark : ServiceFixture
{
    private const int WarmUpRounds = 3;

    private static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("JOBCAPTURE_POPUP_ROUNDS"), out var rounds) ? rounds : 21;

    [Test]
    public async Task The_popup_shows_the_verdict_within_a_second_of_Save_in_the_median_round()
    {
        var times = new List<double>();
        for (var round = -WarmUpRounds; round < Rounds; round++)
        {
            var (page, tabId) = await OpenPageAsync(JobSite.JobUrl("no-phone-calls-posting", $"?round={round}"));
            var popup = await OpenPopupAsync(tabId);

            var clock = Stopwatch.StartNew();
            await ClickSaveAsync(popup);
            await popup.WaitForSelectorAsync("#phone:has-text(\"don't call\")");
            clock.Stop();

            if (round >= 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            await popup.CloseAsync();
            await page.CloseAsync();
        }

        times.Sort();
        var median = times[times.Count / 2];
        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Save to verdict in the popup, {times.Count} rounds after {WarmUpRounds} warm-up: median {median:0} ms, fastest {times[0]:0} ms, 90th percentile {times[(int)(times.Count * 0.9)]:0} ms, slowest {times[^1]:0} ms"));
        Assert.That(median, Is.LessThan(1000), "median milliseconds from Save to the verdict");
    }
}
