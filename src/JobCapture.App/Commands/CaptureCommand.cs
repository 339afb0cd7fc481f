using System.CommandLine;
using System.Diagnostics;
using JobCapture.App.BatchCapture;
using JobCapture.App.Captures;
using JobCapture.Capture;
using Spectre.Console;

namespace JobCapture.App.Commands;

/// <summary><c>jobcapture capture URL... [--file links.txt]</c>: renders each page in Chromium and stores it through
/// the capture pipeline, like the extension's "Save job": a few at once, resuming, retrying, with progress.</summary>
internal static class CaptureCommand
{
    public static Command Create()
    {
        var urls = new Argument<string[]>("urls") { Description = "Posting URLs to capture", Arity = ArgumentArity.ZeroOrMore };
        var file = new Option<string?>("--file") { Description = "A text file with one URL per line (# starts a comment)" };
        var browser = new Option<string?>("--browser") { Description = "Path to Chromium/Chrome (found automatically if omitted)" };
        var connect = new Option<string?>("--connect") { Description = "Capture through your running Chrome/Chromium and its sign-ins, e.g. http://127.0.0.1:9222 (start it with --remote-debugging-port=9222)" };
        var profile = new Option<string?>("--profile") { Description = "A browser profile folder to keep sign-ins and cookies between runs" };
        var parallel = new Option<int>("--parallel") { Description = "Pages captured at once", DefaultValueFactory = _ => BatchOptions.DefaultParallel };
        var again = new Option<bool>("--again") { Description = "Capture URLs already saved again (by default they are skipped)" };
        var delay = new Option<double>("--delay") { Description = "Seconds between the starts of two pages of one site", DefaultValueFactory = _ => 1 };
        var retries = new Option<int>("--retries") { Description = "Further tries after a network error, 429 or 5xx", DefaultValueFactory = _ => 2 };
        var screenshot = new Option<bool>("--screenshot") { Description = "Keep a screenshot with each capture" };
        var dataDirectory = CommonOptions.DataDirectory();
        var database = CommonOptions.Database();
        var region = CommonOptions.Region();
        var command = new Command("capture", "Capture job postings by URL with headless Chromium")
        {
            urls, file, browser, connect, profile, parallel, again, delay, retries, screenshot, dataDirectory, database, region,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new CaptureRun(
                [.. (parse.GetValue(urls) ?? []).Concat(ReadLinks(parse.GetValue(file))).Distinct(StringComparer.Ordinal)],
                new BrowserChoice(parse.GetValue(browser), parse.GetValue(connect), parse.GetValue(profile)),
                new BatchOptions
                {
                    Parallel = parse.GetValue(parallel),
                    Again = parse.GetValue(again),
                    HostDelay = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(delay))),
                    Retries = Math.Max(0, parse.GetValue(retries)),
                },
                parse.GetValue(screenshot),
                CommonOptions.ChosenDatabase(parse, database, dataDirectory),
                AnalysisSettings.ForRegion(parse.GetValue(region)!)),
            cancellationToken));
        return command;
    }

    private sealed record BrowserChoice(string? BrowserPath, string? ConnectTo, string? Profile);

    private sealed record CaptureRun(string[] Urls, BrowserChoice Browser, BatchOptions Batch, bool Screenshot, Storage.DatabaseTarget Database, AnalysisSettings Analysis);

    private static async Task<int> RunAsync(CaptureRun run, CancellationToken cancellationToken)
    {
        if (run.Urls.Length == 0)
        {
            Console.Error.WriteLine("capture: give at least one URL, or --file links.txt");
            return 2;
        }

        if (UsageError(run) is { } usage)
        {
            Console.Error.WriteLine("capture: " + usage);
            return 2;
        }

        await using var services = CaptureServices.BuildStandalone(run.Database, run.Analysis);
        await using var capturer = await OpenBrowserAsync(run.Browser, new CaptureSettings { Screenshot = run.Screenshot });
        if (capturer is null)
        {
            return 3;
        }

        using var batch = new CaptureBatch(capturer, services, run.Batch, TimeProvider.System);
        var console = BatchConsole();
        var started = Stopwatch.StartNew();
        var results = console.Profile.Capabilities.Interactive
            ? await RunLiveAsync(console, batch, run.Urls, cancellationToken)
            : await batch.RunAsync(run.Urls, new PlainProgress(Console.Out, Console.Error, run.Urls.Length), cancellationToken);
        if (run.Urls.Length > 1)
        {
            BatchSummary.Write(console, results, started.Elapsed);
        }

        return results.Any(r => r.Failed) ? 1 : 0;
    }

    private static string? UsageError(CaptureRun run) =>
        run.Batch.Parallel is < 1 or > MaxParallel ? $"--parallel must be between 1 and {MaxParallel}."
        : run.Browser is { ConnectTo: not null, Profile: not null } ? "--connect and --profile do not go together: the browser you connect to keeps its own profile."
        : null;

    private const int MaxParallel = 16;

    private static async Task<PageCapturer?> OpenBrowserAsync(BrowserChoice choice, CaptureSettings settings)
    {
        if (choice.ConnectTo is { } endpoint)
        {
            try
            {
                return await PageCapturer.ConnectAsync(endpoint, settings);
            }
            catch (Microsoft.Playwright.PlaywrightException ex)
            {
                Console.Error.WriteLine($"capture: could not connect to the browser at {endpoint} ({ex.Message.Split('\n')[0]}). "
                    + "Start Chrome or Chromium with --remote-debugging-port=9222 and pass --connect http://127.0.0.1:9222.");
                return null;
            }
        }

        var browser = BrowserLocator.Find(choice.BrowserPath);
        if (browser is null)
        {
            Console.Error.WriteLine(choice.BrowserPath is null ? BrowserLocator.NotFoundAdvice : $"capture: no browser at {choice.BrowserPath}");
            return null;
        }

        return choice.Profile is { } profile
            ? await PageCapturer.LaunchWithProfileAsync(browser, Path.GetFullPath(profile), settings)
            : await PageCapturer.LaunchAsync(browser, settings);
    }

    /// <summary>A live console on a terminal; on a pipe or in a log, plain text with room for long URLs.</summary>
    private static IAnsiConsole BatchConsole()
    {
        var terminal = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = 240;
        }

        return console;
    }

    private static async Task<IReadOnlyList<UrlResult>> RunLiveAsync(IAnsiConsole console, CaptureBatch batch, string[] urls, CancellationToken cancellationToken)
    {
        IReadOnlyList<UrlResult> results = [];
        await console.Progress().Columns(LiveProgress.Columns()).StartAsync(async context =>
        {
            var task = context.AddTask("starting", maxValue: urls.Length);
            results = await batch.RunAsync(urls, new LiveProgress(task, console), cancellationToken);
            task.Description = "done";
        });
        return results;
    }

    private static IEnumerable<string> ReadLinks(string? file) =>
        file is null ? [] : File.ReadLines(file).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'));
}
