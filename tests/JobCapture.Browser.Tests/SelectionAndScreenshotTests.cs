using JobCapture.Browser.Tests.Infrastructure;
using static JobCapture.Browser.Tests.SaveJobTests;

namespace JobCapture.Browser.Tests;

/// <summary>
/// What the user selected on the page is saved with it, and, when the options say so, a screenshot of the tab:
/// both are shown on the posting's page in the dashboard.
/// </summary>
[TestFixture]
public sealed class SelectionAndScreenshotTests : ServiceFixture
{
    [Test]
    public async Task The_text_selected_on_the_page_is_saved_with_it_and_shown_on_the_posting_page()
    {
        var (page, tabId) = await OpenPageAsync(JobSite.JobUrl(NoPhoneCallsPosting, "?opening=selection"));
        await page.EvaluateAsync("""
            sentence => {
              const paragraph = [...document.querySelectorAll('p')].find(p => p.textContent.includes(sentence));
              getSelection().selectAllChildren(paragraph);
            }
            """, NoCallsSentence);
        var selected = (await page.EvaluateAsync<string>("() => String(getSelection())")).Trim();
        var popup = await OpenPopupAsync(tabId);

        await ClickSaveAsync(popup);
        var dashboard = await Context.NewPageAsync();
        await dashboard.GotoAsync(await popup.GetAttributeAsync("#dashboard-link", "href") ?? "");

        Assert.Multiple(async () =>
        {
            Assert.That(selected, Does.Contain(NoCallsSentence));
            Assert.That(await dashboard.TextContentAsync("#selection-text"), Is.EqualTo(selected));
        });
        await AttachScreenshotAsync(dashboard, "dashboard-selection.png", "A posting saved with the text selected on the page");
    }

    [Test]
    public async Task With_screenshots_turned_on_a_toolbar_save_keeps_one_and_the_posting_page_shows_it()
    {
        await TurnOnScreenshotsAsync();
        var url = JobSite.JobUrl(NoPhoneCallsPosting, "?opening=screenshot");
        var page = await Context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        var popup = await ToolbarPopup.OpenAsync(Context, ExtensionId, url);

        var (outcome, _, _) = await popup.SaveAsync();

        var postingId = (await ListPostingsAsync()).Single(p => p.GetProperty("url").GetString() == url.ToString()).GetProperty("id").GetInt64();
        var dashboard = await Context.NewPageAsync();
        await dashboard.GotoAsync(new Uri(ServiceAddress, $"/postings/{postingId}").ToString());
        var image = dashboard.Locator("#screenshot-image");
        await image.EvaluateAsync("img => img.decode()");
        var (width, height) = (await image.EvaluateAsync<int>("img => img.naturalWidth"), await image.EvaluateAsync<int>("img => img.naturalHeight"));
        var viewport = page.ViewportSize!;

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo("delivered"));
            Assert.That((width, height), Is.EqualTo((viewport.Width, viewport.Height)), "the picture is the tab's visible area");
        });
        await AttachScreenshotAsync(dashboard, "dashboard-screenshot.png", "A posting saved with a screenshot of the tab");
    }

    private async Task TurnOnScreenshotsAsync()
    {
        await ControlPage.CheckAsync("#screenshot");
        await ControlPage.EvaluateAsync("() => delete document.body.dataset.status");
        await ControlPage.ClickAsync("#save");
        await ControlPage.WaitForSelectorAsync("body[data-status=saved]");
    }
}
