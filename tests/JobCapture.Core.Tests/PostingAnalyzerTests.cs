using JobCapture.Core.FollowUp;
using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests;

public class PostingAnalyzerTests
{
    private readonly PostingAnalyzer _analyzer = PostingAnalyzer.CreateDefault();

    [Test]
    public void A_posting_that_says_no_phone_calls_forbids_the_phone_with_that_sentence_as_evidence()
    {
        var analysis = _analyzer.AnalyzeHtml(Fixtures.Read("Pages", "no-calls-posting.html"), "https://jobs.acme.example/42");

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Posting.Title, Is.EqualTo("Warehouse Team Lead"));
            Assert.That(analysis.Posting.Company, Is.EqualTo("Acme Logistics"));
            Assert.That(analysis.FollowUp.Channels.Phone.Verdict, Is.EqualTo(Verdict.Forbidden));
            var evidence = analysis.Statements[analysis.FollowUp.Channels.Phone.Evidence[0]];
            Assert.That(evidence.Kind, Is.EqualTo(StatementKind.NoCalls));
            Assert.That(evidence.Text, Is.EqualTo("No phone calls, please."));
            Assert.That(analysis.Text[evidence.Start..evidence.End], Is.EqualTo(evidence.Text));
        });
    }

    [Test]
    public void Script_text_never_reaches_the_analysed_text()
    {
        var analysis = _analyzer.AnalyzeHtml(Fixtures.Read("Pages", "no-calls-posting.html"));

        Assert.That(analysis.Text, Does.Not.Contain("Call us now"));
    }

    [Test]
    public void The_email_in_the_posting_is_found_as_a_contact()
    {
        var analysis = _analyzer.AnalyzeHtml(Fixtures.Read("Pages", "no-calls-posting.html"));

        Assert.That(analysis.Contacts.Select(c => c.Value), Does.Contain("dana@acme.example"));
    }

    [Test]
    public void The_json_uses_the_contract_names_and_camel_case_enums()
    {
        var json = AnalysisJson.Serialize(_analyzer.AnalyzeText("No phone calls, please."));

        Assert.That(json, Does.Contain("\"analyzerVersion\"").And.Contain("\"kind\":\"noCalls\"").And.Contain("\"verdict\":\"forbidden\"")
            .And.Contain("\"followUp\"").And.Contain("\"linkedIn\"").And.Contain("\"inPerson\""));
    }

    [Test]
    public void A_cancelled_token_stops_the_analysis_of_a_page_and_of_text()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => _analyzer.AnalyzeHtml(Fixtures.Read("Pages", "no-calls-posting.html"), null, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => _analyzer.AnalyzeText("No phone calls, please.", cancelled.Token));
    }
}
