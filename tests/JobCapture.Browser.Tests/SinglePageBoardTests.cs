using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>
/// A list-plus-detail board changes the job it shows with the history API, without loading a page: the toolbar's
/// "saved" mark and the popup's "already saved" follow the job shown, away from a saved job and back to it.
/// </summary>
[TestFixture]
public sealed class SinglePageBoardTests : ServiceFixture
{
    private const string Saved = "✓";

    [Test]
    public async Task The_saved_mark_and_already_saved_follow_a_job_change_made_with_the_history_api()
    {
        var (page, tabId) = await OpenPageAsync(JobSite.JobUrl("split-view-board", "?job=1"));
        var popup = await OpenPopupAsync(tabId);
        await ClickSaveAsync(popup);
        await popup.CloseAsync();
        var markAfterSave = await TabBadgeTextAsync(tabId);

        await page.ClickAsync("a[data-job='2']");
        var markOnOtherJob = await WaitForTabBadgeAsync(tabId, text => text != Saved);
        var lookupOnOtherJob = await LookupInPopupAsync(tabId);

        await page.ClickAsync("a[data-job='1']");
        var markBackOnSavedJob = await WaitForTabBadgeAsync(tabId, text => text == Saved);
        var lookupBackOnSavedJob = await LookupInPopupAsync(tabId);

        Assert.Multiple(() =>
        {
            Assert.That(page.Url, Does.EndWith("?job=1"));
            Assert.That(markAfterSave, Is.EqualTo(Saved), "saved");
            Assert.That(markOnOtherJob, Is.Not.EqualTo(Saved), "another job shown: no mark");
            Assert.That(lookupOnOtherJob, Is.EqualTo("not-saved"));
            Assert.That(markBackOnSavedJob, Is.EqualTo(Saved), "the saved job shown again: marked again");
            Assert.That(lookupBackOnSavedJob, Is.EqualTo("saved"));
        });
    }

    private async Task<string> LookupInPopupAsync(int tabId)
    {
        var popup = await OpenPopupAsync(tabId);
        var lookup = await popup.GetAttributeAsync("body", "data-lookup") ?? "";
        await popup.CloseAsync();
        return lookup;
    }

    private Task<string> TabBadgeTextAsync(int tabId) =>
        ControlPage.EvaluateAsync<string>("tabId => chrome.action.getBadgeText({ tabId })", tabId);

    /// <summary>The tab's badge once it meets <paramref name="condition"/>, or as it is after five seconds.</summary>
    private async Task<string> WaitForTabBadgeAsync(int tabId, Func<string, bool> condition)
    {
        var text = await TabBadgeTextAsync(tabId);
        for (var attempt = 0; attempt < 50 && !condition(text); attempt++)
        {
            await Task.Delay(100);
            text = await TabBadgeTextAsync(tabId);
        }

        return text;
    }
}
