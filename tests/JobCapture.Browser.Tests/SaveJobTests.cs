using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>The walking skeleton: save a posting from the extension's popup and find it in the dashboard.</summary>
[TestFixture]
public sealed class SaveJobTests : ServiceFixture
{
    internal const string NoPhoneCallsPosting = "no-phone-calls-posting";
    internal const string NoCallsSentence = "No phone calls, please.";

    [Test]
    public async Task Saving_from_the_popup_shows_the_verdict_and_the_posting_appears_in_the_dashboard()
    {
        var (_, tabId) = await OpenPageAsync(JobSite.JobUrl(NoPhoneCallsPosting));
        var popup = await OpenPopupAsync(tabId);

        await ClickSaveAsync(popup);
        await popup.WaitForSelectorAsync("#phone:has-text(\"don't call\")");

        Assert.Multiple(async () =>
        {
            Assert.That(await popup.TextContentAsync("#posting-title"), Is.EqualTo("Backend Engineer (Payments)"));
            Assert.That(await popup.TextContentAsync("#company"), Is.EqualTo("Lindqvist Freight Tools"));
            Assert.That(await popup.TextContentAsync("#phone"), Is.EqualTo("Phone: don't call — '" + NoCallsSentence + "'"));
        });

        await AttachScreenshotAsync(popup, "popup-after-save.png", "The popup after saving the posting");
        var detailPath = new Uri(await popup.GetAttributeAsync("#dashboard-link", "href") ?? "").AbsolutePath;
        var dashboard = await Context.NewPageAsync();
        await dashboard.GotoAsync(ServiceAddress.ToString());
        var link = dashboard.Locator($"a[href='{detailPath}']", new() { HasText = "Backend Engineer (Payments)" });
        Assert.That(await link.CountAsync(), Is.EqualTo(1), "the dashboard list should link the saved posting once");

        await link.ClickAsync();
        await dashboard.WaitForSelectorAsync("#posting-title");
        var phoneRow = dashboard.Locator("#channels tr[data-channel=Phone]");
        Assert.Multiple(async () =>
        {
            Assert.That(await dashboard.TextContentAsync("#posting-title"), Is.EqualTo("Backend Engineer (Payments)"));
            Assert.That(await phoneRow.InnerTextAsync(), Does.Contain("forbidden").And.Contain(NoCallsSentence));
            Assert.That(await dashboard.InnerTextAsync("#statements"), Does.Contain(NoCallsSentence));
        });

        await AttachScreenshotAsync(dashboard, "dashboard-detail.png", "The dashboard's detail page of the posting saved from the extension");
    }

    [Test]
    public async Task Reopening_the_popup_on_a_saved_posting_says_it_is_already_saved()
    {
        var url = JobSite.JobUrl(NoPhoneCallsPosting, "?opening=already-saved");
        var (_, tabId) = await OpenPageAsync(url);
        var firstPopup = await OpenPopupAsync(tabId);
        Assert.That(await firstPopup.IsVisibleAsync("#already-saved"), Is.False, "nothing is saved yet");
        await ClickSaveAsync(firstPopup);
        await firstPopup.CloseAsync();

        var popup = await OpenPopupAsync(tabId);

        Assert.Multiple(async () =>
        {
            Assert.That(await popup.IsVisibleAsync("#already-saved"), Is.True);
            Assert.That(await popup.TextContentAsync("#already-saved"), Does.StartWith("Already saved").And.Contain("don't call"));
            Assert.That(await TabBadgeTextAsync(tabId), Is.EqualTo("✓"));
        });
    }

    [Test]
    public async Task Applying_and_logging_a_call_on_a_no_calls_posting_shows_the_warning_and_the_due_date()
    {
        var (_, tabId) = await OpenPageAsync(JobSite.JobUrl(NoPhoneCallsPosting, "?opening=tracking"));
        var popup = await OpenPopupAsync(tabId);
        await ClickSaveAsync(popup);
        var detailUrl = await popup.GetAttributeAsync("#dashboard-link", "href") ?? "";
        var dashboard = await Context.NewPageAsync();
        await dashboard.GotoAsync(detailUrl);

        await dashboard.SelectOptionAsync("select[name=status]", "Applied");
        await dashboard.FillAsync("form:has(#set-status) input[name=onDate]", "2026-11-20");
        await dashboard.ClickAsync("#set-status");
        await dashboard.WaitForSelectorAsync("#due-date");
        await dashboard.SelectOptionAsync("select[name=channel]", "Phone");
        await dashboard.FillAsync("form:has(#log-follow-up) input[name=note]", "Called to check the application arrived");
        await dashboard.ClickAsync("#log-follow-up");
        await dashboard.WaitForSelectorAsync("#follow-up-warning");

        Assert.Multiple(async () =>
        {
            Assert.That(await dashboard.TextContentAsync("#due-date"), Is.EqualTo("Fri 27 Nov 2026"));
            Assert.That(await dashboard.TextContentAsync("#follow-up-warning"), Does.Contain("rules out calls").And.Contain(NoCallsSentence));
            Assert.That(await dashboard.InnerTextAsync("#follow-up-log"), Does.Contain("Called to check the application arrived").And.Contain("⚠"));
            Assert.That(await dashboard.TextContentAsync("#status"), Is.EqualTo("followed up"));
        });
        await AttachScreenshotAsync(dashboard, "dashboard-follow-up-warning.png", "A call logged on a posting that forbids calls");
    }

    [Test]
    public async Task Test_connection_on_the_options_page_reports_JobCapture_and_its_version()
    {
        await ControlPage.ClickAsync("#test");

        await ControlPage.WaitForSelectorAsync("#status:has-text('Connected to JobCapture')");
        Assert.That(await ControlPage.TextContentAsync("#status"), Is.EqualTo($"Connected to JobCapture 1.0.0 at {ServiceAddress.GetLeftPart(UriPartial.Authority)}."));
    }
}
