using JobCapture.Core.FollowUp;

namespace JobCapture.Core.Tests.FollowUp;

public class FollowUpLogWarningTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    [Test]
    public void Logging_a_call_on_a_posting_that_forbids_calls_warns_with_the_sentence()
    {
        var analysis = Analyzer.AnalyzeText("No phone calls, please.");

        var warning = FollowUpLogWarning.For(analysis, Channel.Phone, earlierOnChannel: 0);

        Assert.That(warning, Does.Contain("rules out calls").And.Contain("'No phone calls, please.'"));
    }

    [Test]
    public void A_second_call_where_one_is_the_limit_is_warned_about_but_the_first_is_not()
    {
        var analysis = Analyzer.AnalyzeText("Questions? Call Dana on (555) 010-2234.");
        Assert.That(analysis.FollowUp.Channels.Phone.Limit, Is.EqualTo("once"), "a number given allows one call");

        Assert.That(FollowUpLogWarning.For(analysis, Channel.Phone, earlierOnChannel: 0), Is.Null);
        Assert.That(FollowUpLogWarning.For(analysis, Channel.Phone, earlierOnChannel: 1), Does.Contain("number 2"));
    }

    [Test]
    public void An_email_where_emails_are_fine_earns_no_warning()
    {
        var analysis = Analyzer.AnalyzeText("Send questions to jobs@acme.example.");

        Assert.That(FollowUpLogWarning.For(analysis, Channel.Email, earlierOnChannel: 3), Is.Null);
    }
}
