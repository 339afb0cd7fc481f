using JobCapture.Browser.Tests.Infrastructure;
using static JobCapture.Browser.Tests.SaveJobTests;

namespace JobCapture.Browser.Tests;

/// <summary>
/// A save from an ordinary job site: a host outside the extension's host permissions (Chromium resolves it to
/// loopback), so only the activeTab grant of a click on the toolbar button lets the extension read the page.
/// The refusal without the click runs first: after a click Chromium lets the extension read that site in other tabs too.
/// </summary>
[TestFixture]
public sealed class ToolbarSaveTests : ServiceFixture
{
    [Test]
    [Order(1)]
    public async Task Without_the_toolbar_click_the_extension_cannot_read_a_site_outside_the_host_permissions()
    {
        var (page, tabId) = await OpenPageAsync(JobSite.JobUrl(NoPhoneCallsPosting));
        var url = OnOrdinaryHost(JobSite.JobUrl(NoPhoneCallsPosting, "?opening=no-grant"));
        await page.GotoAsync(url.ToString());
        var popup = await OpenPopupAsync(tabId);

        await ClickSaveAsync(popup);

        Assert.Multiple(async () =>
        {
            Assert.That(await popup.GetAttributeAsync("body", "data-outcome"), Is.EqualTo("error"));
            Assert.That((await ListPostingsAsync()).Select(p => p.GetProperty("url").GetString()), Does.Not.Contain(url.ToString()));
        });
    }

    [Test]
    [Order(2)]
    public async Task Saving_from_the_toolbar_button_on_a_site_outside_the_host_permissions_goes_through_the_active_tab_grant()
    {
        var url = OnOrdinaryHost(JobSite.JobUrl(NoPhoneCallsPosting, "?opening=toolbar"));
        var page = await Context.NewPageAsync();
        await page.GotoAsync(url.ToString());

        var popup = await ToolbarPopup.OpenAsync(Context, ExtensionId, url);
        var (outcome, title, phone) = await popup.SaveAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(outcome, Is.EqualTo("delivered"));
            Assert.That(title, Is.EqualTo("Backend Engineer (Payments)"));
            Assert.That(phone, Is.EqualTo("Phone: don't call — '" + NoCallsSentence + "'"));
            Assert.That((await ListPostingsAsync()).Select(p => p.GetProperty("url").GetString()), Does.Contain(url.ToString()));
        });
    }

    private static Uri OnOrdinaryHost(Uri url) => new UriBuilder(url) { Host = OrdinaryHost }.Uri;
}
