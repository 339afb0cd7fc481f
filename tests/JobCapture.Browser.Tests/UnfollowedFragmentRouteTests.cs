using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>
/// The positive control of <see cref="SinglePageBoardTests"/>'s fragment route: the same extension with its
/// fragment-route listener taken out (the history-API listener stays). The mark then stays on a job no longer shown,
/// so the mark following a "#/jobs/2" route in the real extension is that listener's doing, and the history-API
/// listener alone would not have done it.
/// </summary>
[TestFixture]
public sealed class UnfollowedFragmentRouteTests : SinglePageBoardFixture
{
    private const string FragmentListener = "chrome.webNavigation.onReferenceFragmentUpdated.addListener(followTopFrame);";
    private string _extensionCopy = "";

    protected override string PrepareExtension()
    {
        _extensionCopy = Directory.CreateTempSubdirectory("jobcapture-extension-").FullName;
        CopyExtension(RepositoryPaths.ExtensionDirectory, _extensionCopy);
        var background = Path.Combine(_extensionCopy, "background.js");
        var script = File.ReadAllText(background);
        Assert.That(script, Does.Contain(FragmentListener), "the listener this control takes out is no longer where it was");
        File.WriteAllText(background, script.Replace(FragmentListener, "", StringComparison.Ordinal));
        return _extensionCopy;
    }

    [OneTimeTearDown]
    public void DeleteExtensionCopy() => Directory.Delete(_extensionCopy, recursive: true);

    [Test]
    public async Task Without_the_fragment_listener_the_saved_mark_stays_on_a_job_no_longer_shown()
    {
        var (page, tabId) = await OpenPageAsync(JobSite.JobUrl("hash-route-board", "?board=unfollowed#/jobs/1"));

        var (markAfterSave, markOnOtherJob, _) = await SaveThenShowTheSecondJobAsync(page, tabId);

        Assert.Multiple(() =>
        {
            Assert.That(page.Url, Does.EndWith("#/jobs/2"), "the board showed the second job");
            Assert.That(markAfterSave, Is.EqualTo(Saved), "saved");
            Assert.That(markOnOtherJob, Is.EqualTo(Saved), "nothing told the extension the job changed");
        });
    }

    /// <summary>The files the browser loads; the built packages under dist/ are not needed.</summary>
    private static void CopyExtension(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("dist" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
