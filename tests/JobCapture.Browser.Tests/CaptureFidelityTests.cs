using System.Text.Json;
using JobCapture.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobCapture.Browser.Tests;

/// <summary>
/// <c>jobcapture capture URL --data-dir DIR</c> stores the whole posting: a description that arrives 1.5 s after load
/// (on a near-empty page and at the end of a long one), one that loads on scroll, one behind "Show more" and one in an applicant tracking system's frame; each page is
/// first shown to lack that text when taken the bare way (navigate, read the page at load). A sign-in wall is reported
/// and nothing of it stored, while the same form beside a posting is stored.
/// </summary>
[TestFixture]
public sealed class CaptureFidelityTests
{
    private static readonly (string Page, string Kind, string Text)[] HardPages =
    [
        ("late-description", "invitesVisit", "Walk-ins are welcome every Tuesday."),
        ("late-line-on-long-page", "invitesVisit", "Drop in to the site office any weekday morning with your CV."),
        ("scroll-description", "noAgencies", CaptureSite.ScrolledText),
        ("collapsed-description", "invitesEmail", "Feel free to email the hiring manager with questions."),
        ("company-with-ats-frame", "noCalls", "No phone calls, please."),
    ];

    [Test]
    public async Task Bare_navigation_misses_the_text_each_hard_page_holds_back()
    {
        await using var site = await CaptureSite.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.RequirePath(), Args = JobCapture.Capture.PageCapturer.QuietFlags });
        var page = await browser.NewPageAsync();

        foreach (var (name, _, text) in HardPages)
        {
            await page.GotoAsync(site.Page(name).ToString(), new() { WaitUntil = WaitUntilState.Load });
            Assert.That(await page.InnerTextAsync("body"), Does.Not.Contain(text), name);
        }
    }

    [Test]
    public async Task The_late_scrolled_unfolded_and_framed_descriptions_are_in_the_stored_analysis()
    {
        await using var site = await CaptureSite.StartAsync();
        using var cli = new CaptureCli();

        var (exitCode, output) = await cli.CaptureAsync([.. HardPages.Select(p => site.Page(p.Page).ToString()), "--delay", "0"]);

        Assert.That(exitCode, Is.Zero, output);
        var stored = cli.StoredAnalyses().ToDictionary(s => new Uri(s.Url).AbsolutePath.Split('/').Last(), s => Statements(s.Analysis));
        Assert.Multiple(() =>
        {
            foreach (var (name, kind, text) in HardPages)
            {
                Assert.That(stored.GetValueOrDefault(name), Does.Contain((kind, text)), name);
            }
        });
    }

    [Test]
    public async Task A_sign_in_wall_is_reported_and_nothing_of_it_stored_while_a_posting_with_the_same_form_is_stored()
    {
        await using var site = await CaptureSite.StartAsync();
        using var cli = new CaptureCli();

        var (exitCode, output) = await cli.CaptureAsync(site.Page("sign-in-wall").ToString(), site.Page("posting-with-sign-in-form").ToString(), "--delay", "0");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("this page asks you to sign in: nothing saved; save it from the extension, or use --connect"));
        Assert.That(cli.StoredAnalyses().Select(s => new Uri(s.Url).AbsolutePath), Is.EqualTo(new[] { "/capture/posting-with-sign-in-form" }));
    }

    private static List<(string Kind, string Text)> Statements(string analysisJson)
    {
        using var analysis = JsonDocument.Parse(analysisJson);
        return analysis.RootElement.GetProperty("statements").EnumerateArray()
            .Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("text").GetString()!))
            .ToList();
    }
}
