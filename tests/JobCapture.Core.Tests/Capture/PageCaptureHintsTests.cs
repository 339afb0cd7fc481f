using JobCapture.Core.Capture;

namespace JobCapture.Core.Tests.Capture;

public class PageCaptureHintsTests
{
    [TestCase("https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345", null, true)]
    [TestCase("https://job-boards.greenhouse.io/embed/job_app?for=acme&token=4012345", null, true)]
    [TestCase("https://jobs.lever.co/acme/3f2a9c1e-1b2c-4d5e-8f90-1234567890ab", null, true)]
    [TestCase("https://careers.acme.example/embed/job", "grnhse_iframe", true)]
    [TestCase("https://www.youtube.com/embed/abc", null, false)]
    [TestCase("https://www.linkedin.com/jobs/view/3912345678", null, false)]
    [TestCase("not a url", null, false)]
    public void A_frame_is_an_embedded_posting_when_an_applicant_tracking_system_serves_it(string url, string? frameId, bool expected) =>
        Assert.That(PageCaptureHints.IsEmbeddedPosting(url, frameId), Is.EqualTo(expected));

    [Test]
    public void Description_toggles_are_kept_in_the_languages_boards_use() =>
        Assert.That(PageCaptureHints.DescriptionToggles, Does.Contain("show more").And.Contain("mehr anzeigen").And.Contain("voir plus")
            .And.Contain("ver más").And.Contain("meer lezen").And.Contain("read more"));
}
