using System.Diagnostics;
using System.Globalization;
using JobCapture.App.Captures;
using JobCapture.Browser.Tests.Infrastructure;
using JobCapture.Capture;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobCapture.Browser.Benchmarks;

/// <summary>
/// What capturing a page whole costs against taking it bare, in one run on the same browser: 50 local postings that
/// need no waiting, each taken once the bare way (Playwright navigation to load, then page.content()) and once
/// through the capture path (settle, scroll, unfold, frames, analysis, storage), interleaved page by page after
/// warm-up. Reports both totals and their ratio, and fails above 1.5×.
/// </summary>
[TestFixture]
public sealed class CaptureBenchmark
{
    private const int Pages = 50;
    private const int WarmUpPages = 5;
    private const double GoalRatio = 1.5;

    [Test]
    public async Task Capturing_50_local_pages_against_bare_navigation()
    {
        var browserPath = Chromium.RequirePath();
        await using var site = await CaptureSite.StartAsync();
        var dataDirectory = Directory.CreateTempSubdirectory("jobcapture-bench-").FullName;
        await using var services = CaptureServices.BuildStandalone(JobCapture.Storage.DatabaseTarget.SqliteFile(Path.Combine(dataDirectory, JobCapture.Storage.StorageSetup.DatabaseFileName)));
        await using var capturer = await PageCapturer.LaunchAsync(browserPath, new CaptureSettings());
        using var playwright = await Playwright.CreateAsync();
        await using var bareBrowser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = browserPath, Args = PageCapturer.QuietFlags });
        var bare = new List<double>();
        var captured = new List<double>();
        var stored = 0;

        for (var number = -WarmUpPages; number < Pages; number++)
        {
            var url = site.Batch(number + 1000).ToString();
            var bareTime = await TimeAsync(async () =>
            {
                await using var context = await bareBrowser.NewContextAsync();
                var page = await context.NewPageAsync();
                await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
                _ = await page.ContentAsync();
            });
            var captureTime = await TimeAsync(async () =>
            {
                var page = await capturer.CaptureAsync(url);
                await using var scope = services.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<CapturePipeline>()
                    .CaptureAsync(new CaptureRequest(page.Url, page.Title, page.Html, page.CapturedAt, "cli"), CancellationToken.None);
                stored += outcome is CaptureOutcome.Stored ? 1 : 0;
            });
            if (number >= 0)
            {
                bare.Add(bareTime);
                captured.Add(captureTime);
            }
        }

        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Pages} pages after {WarmUpPages} warm-up: bare navigation + content() {bare.Sum():0} ms (median {Median(bare):0} ms a page), "
            + $"capture path {captured.Sum():0} ms (median {Median(captured):0} ms a page), ratio {captured.Sum() / bare.Sum():0.00}×"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
        Assert.That(stored, Is.EqualTo(Pages + WarmUpPages), "every page was captured and stored");
        Assert.That(captured.Sum() / bare.Sum(), Is.LessThanOrEqualTo(GoalRatio), "the capture path within 1.5× bare navigation");
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
