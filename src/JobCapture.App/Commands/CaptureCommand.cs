using System.CommandLine;
using JobCapture.App.Captures;
using JobCapture.Capture;

namespace JobCapture.App.Commands;

/// <summary><c>jobcapture capture URL...</c>: renders each page in Chromium and stores it through the capture
/// pipeline, like the extension's "Save job".</summary>
internal static class CaptureCommand
{
    public static Command Create()
    {
        var urls = new Argument<string[]>("urls") { Description = "Posting URLs to capture", Arity = ArgumentArity.ZeroOrMore };
        var file = new Option<string?>("--file") { Description = "A text file with one URL per line" };
        var browser = new Option<string?>("--browser") { Description = "Path to Chromium/Chrome (found automatically if omitted)" };
        var screenshot = new Option<bool>("--screenshot") { Description = "Keep a screenshot with each capture" };
        var dataDirectory = CommonOptions.DataDirectory();
        var region = CommonOptions.Region();
        var database = CommonOptions.Database();
        var command = new Command("capture", "Capture job postings by URL with headless Chromium") { urls, file, browser, screenshot, dataDirectory, region, database };
        command.SetAction((parse, cancellationToken) => RunAsync(
            [.. parse.GetValue(urls) ?? [], .. ReadLinks(parse.GetValue(file))],
            parse.GetValue(browser),
            parse.GetValue(screenshot),
            CommonOptions.ChosenDatabase(parse, database, dataDirectory),
            AnalysisSettings.ForRegion(parse.GetValue(region)!),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] urls, string? browserPath, bool screenshot, Storage.DatabaseTarget database, AnalysisSettings analysis, CancellationToken cancellationToken)
    {
        if (urls.Length == 0)
        {
            Console.Error.WriteLine("capture: give at least one URL, or --file links.txt");
            return 2;
        }

        var browser = BrowserLocator.Find(browserPath);
        if (browser is null)
        {
            Console.Error.WriteLine(browserPath is null ? BrowserLocator.NotFoundAdvice : $"capture: no browser at {browserPath}");
            return 3;
        }

        await using var services = CaptureServices.BuildStandalone(database, analysis);
        await using var capturer = await PageCapturer.LaunchAsync(new CaptureSettings { BrowserPath = browser, Screenshot = screenshot });
        var failed = 0;
        for (var i = 0; i < urls.Length; i++)
        {
            Console.WriteLine($"[{i + 1}/{urls.Length}] {urls[i]}");
            if (!await CaptureOneAsync(capturer, services, urls[i], cancellationToken))
            {
                failed++;
            }
        }

        if (urls.Length > 1)
        {
            Console.WriteLine($"Captured {urls.Length - failed} of {urls.Length}; {failed} failed.");
        }

        return failed == 0 ? 0 : 1;
    }

    private static async Task<bool> CaptureOneAsync(PageCapturer capturer, IServiceProvider services, string url, CancellationToken cancellationToken)
    {
        try
        {
            var page = await capturer.CaptureAsync(url, cancellationToken);
            if (page.Status >= 400)
            {
                Console.Error.WriteLine($"  not saved: the page answered {page.Status}");
                return false;
            }

            await using var scope = services.CreateAsyncScope();
            var pipeline = scope.ServiceProvider.GetRequiredService<CapturePipeline>();
            var request = new CaptureRequest(page.Url, page.Title, page.Html, page.CapturedAt, "cli",
                Screenshot: page.Screenshot is null ? null : Convert.ToBase64String(page.Screenshot));
            switch (await pipeline.CaptureAsync(request, cancellationToken))
            {
                case CaptureOutcome.Stored stored:
                    Report(stored);
                    return true;
                case CaptureOutcome.Invalid invalid:
                    Console.Error.WriteLine("  not saved: " + string.Join("; ", invalid.Errors.SelectMany(e => e.Value)));
                    return false;
                default:
                    Console.Error.WriteLine("  not saved: the page could not be analysed in time");
                    return false;
            }
        }
        catch (Exception ex) when (ex is Microsoft.Playwright.PlaywrightException or TimeoutException)
        {
            Console.Error.WriteLine($"  not saved: {ex.Message.Split('\n')[0]}");
            return false;
        }
    }

    private static void Report(CaptureOutcome.Stored stored)
    {
        var (capture, analysis) = (stored.Capture, stored.Analysis);
        var status = capture.WasDuplicate ? "already saved" : capture.IsNewPosting ? "new posting" : "new snapshot of a saved posting";
        Console.WriteLine($"  {analysis.Posting.Title} · {analysis.Posting.Company} ({status}, id {capture.PostingId})");
        Console.WriteLine($"  {VerdictWording.PhoneLine(analysis)}");
    }

    private static IEnumerable<string> ReadLinks(string? file) =>
        file is null ? [] : File.ReadLines(file).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'));
}
