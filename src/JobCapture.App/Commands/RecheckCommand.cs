using System.CommandLine;
using JobCapture.App.Captures;
using JobCapture.App.Rechecks;
using JobCapture.Capture;

namespace JobCapture.App.Commands;

/// <summary><c>jobcapture recheck</c>: captures saved, still open postings again with Chromium and records what
/// changed or closed.</summary>
internal static class RecheckCommand
{
    public static Command Create()
    {
        var olderThan = new Option<string>("--older-than")
        {
            Description = "Only postings not captured or checked for this long: 7d, 12h, 30m, 0 for all",
            DefaultValueFactory = _ => "7d",
        };
        var browser = new Option<string?>("--browser") { Description = "Path to Chromium/Chrome (found automatically if omitted)" };
        var dataDirectory = CommonOptions.DataDirectory();
        var database = CommonOptions.Database();
        var region = CommonOptions.Region();
        var command = new Command("recheck", "Capture saved, still open postings again and record what changed or closed") { olderThan, browser, dataDirectory, database, region };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(olderThan)!, parse.GetValue(browser), CommonOptions.ChosenDatabase(parse, database, dataDirectory), AnalysisSettings.ForRegion(parse.GetValue(region)!), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string olderThan, string? browserPath, Storage.DatabaseTarget database, AnalysisSettings analysis, CancellationToken cancellationToken)
    {
        if (Age.TryParse(olderThan) is not { } age)
        {
            Console.Error.WriteLine($"recheck: --older-than takes a number with d, h or m (7d, 12h, 30m), not '{olderThan}'");
            return 2;
        }

        await using var services = CaptureServices.BuildStandalone(database, analysis);
        var rechecker = new Rechecker(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        var today = new Dashboard.UserClock(TimeProvider.System).Today;
        var targets = await rechecker.DueAsync(age, today, cancellationToken);
        if (targets.Count == 0)
        {
            Console.WriteLine($"Nothing to recheck: every open posting was captured or checked within {olderThan}.");
            return 0;
        }

        var browser = BrowserLocator.Find(browserPath);
        if (browser is null)
        {
            Console.Error.WriteLine(browserPath is null ? BrowserLocator.NotFoundAdvice : $"recheck: no browser at {browserPath}");
            return 3;
        }

        await using var capturer = await PageCapturer.LaunchAsync(browser, new CaptureSettings());
        var results = new List<RecheckResult>();
        for (var i = 0; i < targets.Count; i++)
        {
            Console.WriteLine($"[{i + 1}/{targets.Count}] {targets[i].Title} {targets[i].Url} (id {targets[i].Id})");
            var result = await rechecker.RecheckAsync(capturer, targets[i], today, cancellationToken);
            Console.WriteLine($"  {result.Outcome.ToString().ToLowerInvariant()}{(result.Detail.Length > 0 ? ": " + result.Detail : "")}");
            results.Add(result);
        }

        int Count(RecheckOutcome outcome) => results.Count(r => r.Outcome == outcome);
        Console.WriteLine($"Rechecked {results.Count}: {Count(RecheckOutcome.Unchanged)} unchanged, {Count(RecheckOutcome.Changed)} changed, " +
            $"{Count(RecheckOutcome.Closed)} closed, {Count(RecheckOutcome.Failed)} failed.");
        return Count(RecheckOutcome.Failed) == 0 ? 0 : 1;
    }
}
