using JobCapture.App.Hosting;
using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>A capture the service refuses for good (a 4xx other than 401, 408, 429) is reported, not retried forever.</summary>
[Category("Threats")]
[TestFixture]
public sealed class PermanentFailureTests : ServiceFixture
{
    // A 1 MB limit makes a 2 MB page over it: the refusal is the same as at the real 15 MB, and serializing and sending
    // 16 MB took Chromium longer than the test waits on two busy cores.
    protected override ServiceOptions Configure(ServiceOptions options) => options with { MaxRequestBodyBytes = 1024 * 1024 };

    [Test]
    public async Task A_page_over_the_size_limit_is_reported_as_refused_and_leaves_the_outbox()
    {
        var (_, tabId) = await OpenPageAsync(JobSite.JobUrl("oversized-posting"));
        var popup = await OpenPopupAsync(tabId);

        await ClickSaveAsync(popup);

        var failures = await ControlPage.EvaluateAsync<int[]>(
            "async () => ((await chrome.storage.local.get('outboxFailures')).outboxFailures ?? []).map(f => f.status)");
        Assert.Multiple(async () =>
        {
            Assert.That(await popup.TextContentAsync("#status"), Does.StartWith("JobCapture refused this page"));
            Assert.That(failures, Is.EqualTo([413]));
            Assert.That(await ControlPage.EvaluateAsync<int>("async () => ((await chrome.storage.local.get('outbox')).outbox ?? []).length"), Is.Zero);
            Assert.That(await ListPostingsAsync(), Is.Empty);
        });

        var nextPopup = await OpenPopupAsync(tabId);
        await ControlPage.ReloadAsync();
        await ControlPage.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Multiple(async () =>
        {
            Assert.That(await nextPopup.IsVisibleAsync("#earlier-failures"), Is.True, "the popup should point to the refused capture");
            Assert.That(await ControlPage.InnerTextAsync("#refused-list"), Does.Contain("Warehouse Planner"));
        });
    }
}
