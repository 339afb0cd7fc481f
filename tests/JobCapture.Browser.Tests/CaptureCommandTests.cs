using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary><c>jobcapture capture URL</c>: the real executable renders the page in Chromium through Playwright and
/// stores it through the same pipeline as the extension.</summary>
[TestFixture]
public sealed class CaptureCommandTests
{
    [Test]
    public async Task Capturing_a_url_prints_the_posting_and_its_phone_verdict_and_stores_it()
    {
        await using var site = await LoopbackSite.StartJobSiteAsync();
        using var cli = new CaptureCli();

        var (exitCode, output) = await cli.CaptureAsync(site.JobUrl("no-phone-calls-posting").ToString());

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("Backend Engineer (Payments) · Lindqvist Freight Tools (new posting")
            .And.Contain("Phone: don't call — 'No phone calls, please.'"));
        Assert.That(cli.StoredSources(), Is.EqualTo(new[] { "cli" }));
    }

    [Test]
    public async Task A_missing_browser_is_a_clear_error()
    {
        var (exitCode, output) = await CaptureCli.RunAsync("capture", "http://127.0.0.1:9/none", "--browser", "/no/such/chromium");

        Assert.That(exitCode, Is.EqualTo(3));
        Assert.That(output, Does.Contain("no browser at /no/such/chromium"));
    }
}
