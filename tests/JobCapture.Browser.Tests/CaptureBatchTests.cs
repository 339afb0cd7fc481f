using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>
/// <c>jobcapture capture --file links.txt</c> over 40 local URLs, four of which fail (404, a 500 that stays, a refused
/// connection, a line that is no address) and one that fails once (503, then the posting): progress per URL, a summary
/// with the reason per failed URL, a non-zero exit; a second run skips what was saved, and --again captures it again.
/// </summary>
[TestFixture]
public sealed class CaptureBatchTests
{
    private const int Postings = 35;

    /// <summary>Between two cells of a summary row, whichever border the console draws.</summary>
    private const string Cell = @"\s*[│|]\s*";

    [Test]
    public async Task A_batch_reports_each_url_retries_what_may_pass_and_a_second_run_skips_what_was_saved()
    {
        await using var site = await CaptureSite.StartAsync();
        using var cli = new CaptureCli();
        var refused = $"http://127.0.0.1:{FreePort.Pick()}/gone";
        var links = Path.Combine(cli.DataDirectory, "links.txt");
        string[] failing = [site.Status(404).ToString(), site.Status(500).ToString(), refused, "not-a-url"];
        await File.WriteAllLinesAsync(links, [
            "# postings to capture",
            .. Enumerable.Range(1, Postings).Select(n => site.Batch(n).ToString()),
            site.Flaky(1).ToString(),
            .. failing,
        ]);

        var (firstExit, first) = await cli.CaptureAsync("--file", links, "--parallel", "6", "--delay", "0", "--retries", "1");

        Assert.Multiple(() =>
        {
            Assert.That(firstExit, Is.EqualTo(1), first);
            Assert.That(first, Does.Contain("[40/40]"));
            Assert.That(first, Does.Contain("Captured 36 of 40"));
            Assert.That(first, Does.Match($@"new posting{Cell}36"));
            Assert.That(first, Does.Match($@"{Regex(failing[0])}{Cell}HTTP 404"));
            Assert.That(first, Does.Match($@"{Regex(failing[1])}{Cell}HTTP 500 \(tried 2 times\)"));
            Assert.That(first, Does.Match($@"{Regex(refused)}{Cell}net::ERR_CONNECTION_REFUSED \(tried 2 times\)"));
            Assert.That(first, Does.Match($@"not-a-url{Cell}not an http\(s\) address"));
            Assert.That(site.Requests(site.Flaky(1)), Is.EqualTo(2), "the 503 was tried again");
            Assert.That(site.Requests(site.Status(404)), Is.EqualTo(1), "a 404 is not tried again");
            Assert.That(cli.PostingCount(), Is.EqualTo(36));
        });

        var (secondExit, second) = await cli.CaptureAsync("--file", links, "--parallel", "6", "--delay", "0", "--retries", "0");
        var requestsAfterSecondRun = Enumerable.Range(1, Postings).Select(n => site.Requests(site.Batch(n))).ToList();
        var (againExit, again) = await cli.CaptureAsync(site.Batch(1).ToString(), "--again");

        Assert.Multiple(() =>
        {
            Assert.That(secondExit, Is.EqualTo(1), second);
            Assert.That(second, Does.Match($@"skipped, already saved{Cell}36"));
            Assert.That(requestsAfterSecondRun, Is.All.EqualTo(1), "saved pages were not loaded again");
            Assert.That(againExit, Is.Zero, again);
            Assert.That(again, Does.Contain("new snapshot of a saved posting"));
            Assert.That(site.Requests(site.Batch(1)), Is.EqualTo(2), "--again loads a saved page again");
        });
    }

    [Test]
    public async Task On_a_terminal_a_batch_shows_a_live_bar_with_done_of_total_rate_and_time_left_and_in_a_pipe_plain_lines()
    {
        await using var site = await CaptureSite.StartAsync();
        using var cli = new CaptureCli();
        string[] urls = [site.Batch(101).ToString(), site.Batch(102).ToString()];
        var capture = string.Join(' ', [
            "env TERM=xterm-256color dotnet", Path.Combine(AppContext.BaseDirectory, "jobcapture.dll"), "capture", .. urls,
            "--data-dir", cli.DataDirectory, "--browser", Chromium.RequirePath(), "--delay 0"]);

        var terminal = await ChildProcess.RunAsync("script", "-qefc", capture, "/dev/null");
        var (_, piped) = await cli.CaptureAsync([.. urls, "--again", "--delay", "0"]);

        Assert.Multiple(() =>
        {
            Assert.That(terminal.ExitCode, Is.Zero, terminal.Output);
            Assert.That(terminal.Output.Contains(Escape, StringComparison.Ordinal), Is.True, "escape sequences on a terminal");
            Assert.That(terminal.Output, Does.Contain("━").And.Contain("2/2").And.Match(@"\d+\.\d/min").And.Match(@"\d\d:\d\d:\d\d").And.Contain(site.Batch(0).GetLeftPart(UriPartial.Authority) + "/batch/10"), "the bar, done/total, rate, time left, the URL being captured");
            Assert.That(terminal.Output, Does.Not.Contain("[2/2]"), "no plain lines on a terminal");
            Assert.That(piped, Does.Contain("[2/2]"), "plain lines in a pipe");
            Assert.That(piped.Contains(Escape, StringComparison.Ordinal), Is.False, "no escape sequences in a pipe");
            Assert.That(piped, Does.Not.Contain("━"), "no bar in a pipe");
        });
    }

    /// <summary>Compared ordinally: a culture's comparison ignores control characters.</summary>
    private const string Escape = "\u001b[";

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
