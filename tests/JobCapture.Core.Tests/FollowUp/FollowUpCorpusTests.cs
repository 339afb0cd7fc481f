using JobCapture.Core.FollowUp;

namespace JobCapture.Core.Tests.FollowUp;

/// <summary>The advice on real pages keeps its promises, whatever the detectors found on them.</summary>
public class FollowUpCorpusTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    private static IEnumerable<string> Pages() => CorpusPages.FileNames();

    [Test]
    public void Every_corpus_page_is_a_follow_up_case() => CorpusPages.AssertOneCasePerPage(Pages());

    [TestCaseSource(nameof(Pages))]
    public void Real_pages_get_a_one_paragraph_summary_and_no_draft_for_a_forbidden_channel(string fileName)
    {
        var followUp = Analyzer.AnalyzeHtml(CorpusPages.Read(fileName)).FollowUp;
        var forbidden = Enum.GetValues<Channel>().Where(c => followUp.Channels[c].Verdict == Verdict.Forbidden);

        Assert.Multiple(() =>
        {
            Assert.That(followUp.Summary, Is.Not.Empty.And.Not.Contain("\n").And.Length.LessThan(600));
            Assert.That(followUp.Plan.Steps, Is.Not.Empty);
            Assert.That(followUp.Drafts.Select(d => d.Channel).Intersect(forbidden), Is.Empty);
            Assert.That(followUp.Channels.Referral.Verdict, Is.EqualTo(Verdict.Allowed));
        });
    }
}
