using JobCapture.Core.FollowUp;
using JobCapture.Core.Statements;
using static JobCapture.Core.Tests.FollowUp.Given;

namespace JobCapture.Core.Tests.FollowUp;

/// <summary>The DESIGN.md hard cases that involve follow-up, through the whole analyzer. Sentences here are ones the
/// first-cut statement detector already reads; the German case needs the new detector, so its facts are built by
/// hand (see <see cref="A_German_request_not_to_phone_forbids_the_phone_once_the_detector_reads_it"/>).</summary>
public class FollowUpEndToEndTests
{
    private readonly PostingAnalyzer _analyzer = PostingAnalyzer.CreateDefault();

    [TestCase("No phone calls, please.")]
    [TestCase("Don't call us, we'll call you.")]
    [TestCase("No phone calls or agencies, please.")]
    [TestCase("Please don't phone; send questions to jobs@acme.example.")]
    public void A_sentence_forbidding_calls_forbids_the_phone_and_leads_the_summary(string sentence)
    {
        var analysis = _analyzer.AnalyzeText(sentence);
        var phone = analysis.FollowUp.Channels.Phone;

        Assert.Multiple(() =>
        {
            Assert.That(phone.Verdict, Is.EqualTo(Verdict.Forbidden));
            Assert.That(analysis.Statements[phone.Evidence[0]].Kind, Is.EqualTo(StatementKind.NoCalls));
            Assert.That(analysis.FollowUp.Summary, Does.StartWith($"Don't call: '{analysis.Statements[phone.Evidence[0]].Text}'"));
            Assert.That(analysis.FollowUp.Drafts.Select(d => d.Channel), Does.Not.Contain(Channel.Phone));
        });
    }

    [Test]
    public void Asking_recruiters_not_to_call_leaves_the_applicant_free_to()
    {
        var analysis = _analyzer.AnalyzeText("Recruiters, please do not call us about this role.");

        Assert.That(analysis.FollowUp.Channels.Phone.Verdict, Is.Not.EqualTo(Verdict.Forbidden));
    }

    [Test]
    public void Questions_call_Dana_invites_one_call_with_an_outline_and_a_tel_link()
    {
        var analysis = _analyzer.AnalyzeText("Questions? Call Dana on (555) 010-2234.");
        var phone = analysis.FollowUp.Channels.Phone;

        Assert.Multiple(() =>
        {
            Assert.That(phone.Verdict, Is.EqualTo(Verdict.Invited));
            Assert.That(phone.Limit, Is.EqualTo("once"));
            Assert.That(analysis.FollowUp.Summary, Does.StartWith("Calls are welcome: '").And.Contains("Call Dana on (555) 010-2234.'"));
            Assert.That(analysis.FollowUp.Drafts.Single(d => d.Channel == Channel.Phone).Link, Is.EqualTo("tel:+15550102234"));
        });
    }

    [Test]
    public void Please_don_t_phone_but_send_questions_leaves_email_open()
    {
        var analysis = _analyzer.AnalyzeText("Please don't phone; send questions to jobs@acme.example.");

        Assert.Multiple(() =>
        {
            Assert.That(analysis.FollowUp.Channels.Email.Verdict, Is.AnyOf(Verdict.Allowed, Verdict.Invited));
            Assert.That(analysis.FollowUp.Summary, Does.Contain("Email jobs@acme.example instead."));
        });
    }

    [TestCase("You will make 60 outbound calls a day.")]
    [TestCase("We'll call you to set up an interview.")]
    public void A_duty_or_a_process_note_about_calls_neither_forbids_nor_invites(string sentence)
    {
        var phone = _analyzer.AnalyzeText(sentence).FollowUp.Channels.Phone;

        Assert.That(phone.Verdict, Is.EqualTo(Verdict.Discouraged));
    }

    [Test]
    public void A_German_request_not_to_phone_forbids_the_phone_once_the_detector_reads_it()
    {
        // Depends on the new statement detector: built by hand until it lands.
        const string sentence = "Bitte sehen Sie von telefonischen Rückfragen ab.";
        var facts = Facts([new Statement(StatementKind.NoCalls, Audience.Applicants, "de", sentence, 0, sentence.Length)], text: sentence);

        var advice = Advice(facts);

        Assert.Multiple(() =>
        {
            Assert.That(advice.Channels.Phone.Verdict, Is.EqualTo(Verdict.Forbidden));
            Assert.That(advice.Summary, Does.StartWith($"Don't call: '{sentence}'"));
        });
    }

    [Test]
    public void A_stated_response_time_sets_the_earliest_follow_up_in_the_json()
    {
        var analysis = _analyzer.AnalyzeText("We aim to respond within 10 working days.");

        Assert.Multiple(() =>
        {
            Assert.That(analysis.FollowUp.EarliestFollowUpBusinessDays, Is.EqualTo(10));
            Assert.That(AnalysisJson.Serialize(analysis), Does.Contain("\"earliestFollowUpBusinessDays\":10"));
        });
    }

    [Test]
    public void A_walk_in_posting_that_forbids_calls_gets_a_full_plan_from_its_page()
    {
        var analysis = _analyzer.AnalyzeHtml(Fixtures.Read("Pages", "follow-up-end-to-end.html"));
        var followUp = analysis.FollowUp;

        Assert.Multiple(() =>
        {
            Assert.That(followUp.Channels.Phone.Verdict, Is.EqualTo(Verdict.Forbidden));
            Assert.That(followUp.Channels.Email.Verdict, Is.EqualTo(Verdict.Invited), "'Send a short note and your resume to …' invites email");
            Assert.That(followUp.Channels.InPerson.Verdict, Is.EqualTo(Verdict.Allowed));
            Assert.That(followUp.Channels.InPerson.Limit, Is.EqualTo("once"));
            Assert.That(followUp.Timing.BusinessDays, Is.EqualTo(10));
            Assert.That(followUp.Timing.Deadline, Is.EqualTo(new DateOnly(2026, 12, 11)));
            Assert.That(followUp.Summary, Is.EqualTo(
                "Don't call: 'No phone calls, please.' Email mia.okafor@harbourside.example instead. " +
                "Follow up once, 10 business days after applying (the posting says it answers within 10 working days). " +
                "Apply by Fri 11 Dec 2026."));
            Assert.That(FollowUpPlanner.Plan(analysis, new DateOnly(2026, 11, 20)).Steps[0], Is.EqualTo(
                "Email mia.okafor@harbourside.example on Fri 4 Dec (the posting says it answers within 10 working days)."));
        });
    }

    [Test]
    public void The_advice_survives_a_json_round_trip_for_storage()
    {
        var analysis = _analyzer.AnalyzeHtml(Fixtures.Read("Pages", "follow-up-end-to-end.html"));

        var stored = AnalysisJson.Deserialize(AnalysisJson.Serialize(analysis))!;

        Assert.Multiple(() =>
        {
            Assert.That(stored.FollowUp.Plan.Steps, Is.EqualTo(analysis.FollowUp.Plan.Steps));
            Assert.That(stored.FollowUp.Drafts.Select(d => d.Link), Is.EqualTo(analysis.FollowUp.Drafts.Select(d => d.Link)));
            Assert.That(stored.FollowUp.Timing, Is.EqualTo(analysis.FollowUp.Timing));
            Assert.That(stored.FollowUp.Channels.Phone.Evidence, Is.EqualTo(analysis.FollowUp.Channels.Phone.Evidence));
            Assert.That(FollowUpPlanner.Plan(stored, new DateOnly(2026, 11, 20)), Is.EqualTo(FollowUpPlanner.Plan(analysis, new DateOnly(2026, 11, 20)))
                .Using<FollowUpPlan>((a, b) => a.Text == b.Text && a.FollowUpOn == b.FollowUpOn));
        });
    }
}
