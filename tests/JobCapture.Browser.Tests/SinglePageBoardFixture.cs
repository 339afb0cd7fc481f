using JobCapture.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobCapture.Browser.Tests;

/// <summary>Layer 3 for single-page boards: save the job a board shows, show another, and read the tab's mark.</summary>
public abstract class SinglePageBoardFixture : ServiceFixture
{
    /// <summary>The toolbar badge on a tab whose job is saved.</summary>
    protected const string Saved = "✓";

    /// <summary>Saves the job shown, then picks the second job of the board: the tab's mark after the save, the mark
    /// once it changed (or ten seconds later), and the popup's lookup on the second job.</summary>
    protected async Task<(string MarkAfterSave, string MarkOnOtherJob, string LookupOnOtherJob)> SaveThenShowTheSecondJobAsync(IPage page, int tabId)
    {
        var popup = await OpenPopupAsync(tabId);
        await ClickSaveAsync(popup);
        await popup.CloseAsync();
        var markAfterSave = await TabBadgeTextAsync(tabId);

        await page.ClickAsync("a[data-job='2']");
        var markOnOtherJob = await WaitForTabBadgeAsync(tabId, text => text != Saved);
        return (markAfterSave, markOnOtherJob, await LookupInPopupAsync(tabId));
    }

    protected async Task<string> LookupInPopupAsync(int tabId)
    {
        var popup = await OpenPopupAsync(tabId);
        var lookup = await popup.GetAttributeAsync("body", "data-lookup") ?? "";
        await popup.CloseAsync();
        return lookup;
    }

    /// <summary>The tab's badge once it meets <paramref name="condition"/>, or as it is after ten seconds.</summary>
    protected async Task<string> WaitForTabBadgeAsync(int tabId, Func<string, bool> condition)
    {
        var text = await TabBadgeTextAsync(tabId);
        for (var attempt = 0; attempt < 100 && !condition(text); attempt++)
        {
            await Task.Delay(100);
            text = await TabBadgeTextAsync(tabId);
        }

        return text;
    }
}
