using JobCapture.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobCapture.Browser.Tests;

/// <summary>
/// A list-plus-detail board (LinkedIn-style: the selected job's id in ?currentJobId=, a detail pane beside the list)
/// changes the job it shows with the history API, without loading a page. The toolbar's "saved" mark and the popup's
/// "already saved" follow the job shown, and "Save job" saves the job shown, not the list. A board that routes by
/// fragment ("#/jobs/2") is followed the same way.
/// </summary>
[TestFixture]
public sealed class SinglePageBoardTests : SinglePageBoardFixture
{
    private const string Board = "split-view-board";
    private const string FirstJobsNoCallsSentence = "No phone calls, please.";

    [Test]
    public async Task The_saved_mark_and_already_saved_follow_a_job_change_made_with_the_history_api()
    {
        var (page, tabId) = await OpenPageAsync(JobSite.JobUrl(Board, "?board=follow&currentJobId=1"));
        var (markAfterSave, markOnOtherJob, lookupOnOtherJob) = await SaveThenShowTheSecondJobAsync(page, tabId);

        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        var markBackOnSavedJob = await WaitForTabBadgeAsync(tabId, text => text == Saved);
        var lookupBackOnSavedJob = await LookupInPopupAsync(tabId);

        Assert.Multiple(() =>
        {
            Assert.That(page.Url, Does.EndWith("currentJobId=1"), "back on the first job, by the history's popstate");
            Assert.That(markAfterSave, Is.EqualTo(Saved), "saved");
            Assert.That(markOnOtherJob, Is.Not.EqualTo(Saved), "another job shown: no mark");
            Assert.That(lookupOnOtherJob, Is.EqualTo("not-saved"));
            Assert.That(markBackOnSavedJob, Is.EqualTo(Saved), "the saved job shown again: marked again");
            Assert.That(lookupBackOnSavedJob, Is.EqualTo("saved"));
        });
    }

    [Test]
    public async Task The_saved_mark_follows_a_job_change_made_by_a_fragment_route()
    {
        var (page, tabId) = await OpenPageAsync(JobSite.JobUrl("hash-route-board", "?board=hash#/jobs/1"));
        var (markAfterSave, markOnOtherJob, lookupOnOtherJob) = await SaveThenShowTheSecondJobAsync(page, tabId);

        await page.ClickAsync("a[data-job='1']");
        var markBackOnSavedJob = await WaitForTabBadgeAsync(tabId, text => text == Saved);

        var postings = (await ListPostingsAsync()).Where(p => p.GetProperty("url").GetString()!.Contains("board=hash", StringComparison.Ordinal)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(page.Url, Does.EndWith("#/jobs/1"));
            Assert.That(markAfterSave, Is.EqualTo(Saved), "saved");
            Assert.That(markOnOtherJob, Is.Not.EqualTo(Saved), "another route shown: no mark");
            Assert.That(lookupOnOtherJob, Is.EqualTo("not-saved"), "the other route is another job, though both name one canonical page");
            Assert.That(markBackOnSavedJob, Is.EqualTo(Saved), "the saved route shown again: marked again");
            Assert.That(postings.Select(p => p.GetProperty("url").GetString()), Is.EqualTo(new[] { JobSite.JobUrl("hash-route-board", "?board=hash#/jobs/1").ToString() }));
        });
    }

    [Test]
    public async Task Save_job_on_a_split_view_saves_the_selected_job_under_its_own_address_not_the_list()
    {
        var (page, tabId) = await OpenPageAsync(JobSite.JobUrl(Board, "?board=split&currentJobId=1"));
        await page.ClickAsync("a[data-job='2']");
        var wholePageText = await page.InnerTextAsync("body");
        var popup = await OpenPopupAsync(tabId);
        await ClickSaveAsync(popup);
        var outcome = await popup.GetAttributeAsync("body", "data-outcome");
        await page.ClickAsync("a[data-job='1']");
        await ClickSaveAsync(popup);

        var postings = (await ListPostingsAsync()).Where(p => p.GetProperty("url").GetString()!.Contains("board=split", StringComparison.Ordinal)).ToArray();
        var second = postings.Single(p => p.GetProperty("url").GetString() == JobSite.JobUrl(Board, "?board=split&currentJobId=2").ToString());
        var text = (await PostingAnalysisAsync(second.GetProperty("id").GetInt64())).GetProperty("text").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(wholePageText, Does.Contain(FirstJobsNoCallsSentence), "the list beside the job holds another job's no-calls sentence");
            Assert.That(outcome, Is.EqualTo("delivered"));
            Assert.That(postings, Has.Length.EqualTo(2), "two jobs of one list, though the page names the list as canonical");
            Assert.That(second.GetProperty("title").GetString(), Is.EqualTo("Crane Operator"));
            Assert.That(second.GetProperty("phoneVerdict").GetString(), Is.Not.EqualTo("forbidden"));
            Assert.That(text, Does.Contain("Load and unload container ships").And.Not.Contain(FirstJobsNoCallsSentence).And.Not.Contain("Harbour Pilot"));
        });
    }
}
