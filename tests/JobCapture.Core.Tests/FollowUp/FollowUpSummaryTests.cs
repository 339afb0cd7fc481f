using JobCapture.Core.Contacts;
using static JobCapture.Core.Statements.StatementKind;
using static JobCapture.Core.Tests.FollowUp.Given;

namespace JobCapture.Core.Tests.FollowUp;

/// <summary>The popup's paragraph: the phone verdict and its sentence first, then what to do instead and when.</summary>
public class FollowUpSummaryTests
{
    [Test]
    public void Forbidden_calls_lead_with_the_sentence_and_point_to_the_address()
    {
        var facts = Facts([Says(NoCalls, "No phone calls, please.")], [Email("dana@acme.example", ContactCategory.Personal)]);

        Assert.That(Advice(facts).Summary, Is.EqualTo(
            "Don't call: 'No phone calls, please.' Email dana@acme.example instead. Follow up once, 5 business days after applying."));
    }

    [Test]
    public void Forbidden_calls_without_an_address_point_to_LinkedIn()
    {
        var facts = Facts([Says(NoCalls, "Please do not call.")], [Person("Dana Lee", ContactRole.Recruiter)]);

        Assert.That(Advice(facts).Summary, Does.StartWith(
            "Don't call: 'Please do not call.' Send Dana Lee (recruiter) a short note on LinkedIn instead."));
    }

    [Test]
    public void An_invited_call_is_welcome_once()
    {
        var facts = Facts([Says(InvitesCall, "Questions? Ring us on 555 010 2234.")], [Phone()]);

        Assert.That(Advice(facts).Summary, Does.StartWith("Calls are welcome: 'Questions? Ring us on 555 010 2234.' Call once."));
    }

    [Test]
    public void A_given_number_allows_one_short_call()
    {
        Assert.That(Advice(Facts(contacts: [Phone()])).Summary, Does.StartWith("One short call to (555) 010-2234 is fine."));
    }

    [Test]
    public void A_sales_role_allows_one_confident_call()
    {
        Assert.That(Advice(Facts(title: "Outside Sales Representative")).Summary, Does.StartWith("One confident call is fine for a sales role."));
    }

    [Test]
    public void Only_shortlisted_hearing_back_is_quoted()
    {
        var facts = Facts([Says(OnlyShortlisted, "Only shortlisted candidates will be contacted.")]);

        Assert.That(Advice(facts).Summary, Does.StartWith("Better not to call: 'Only shortlisted candidates will be contacted.'"));
    }

    [Test]
    public void With_nothing_said_the_call_is_discouraged_and_a_referral_or_LinkedIn_suggested()
    {
        Assert.That(Advice(Facts()).Summary, Does.StartWith(
            "Better not to call: nothing in the posting invites it. Send the recruiter or hiring manager a short note on LinkedIn instead."));
    }

    [Test]
    public void A_separate_ban_on_email_is_quoted_too()
    {
        var facts = Facts([Says(NoEmail, "We cannot answer emails."), Says(NoCalls, "No calls.")], [Email("dana@acme.example")]);

        Assert.That(Advice(facts).Summary, Does.Contain("Don't email: 'We cannot answer emails.'"));
    }

    [Test]
    public void The_deadline_closes_the_summary()
    {
        Assert.That(Advice(Facts(validThrough: "2026-12-11")).Summary, Does.EndWith("Apply by Fri 11 Dec 2026."));
    }

    [Test]
    public void A_long_sentence_is_cut_at_a_word_when_quoted()
    {
        var sentence = "Please do not call " + string.Concat(Enumerable.Repeat("the office about anything at all ", 10)) + "ever.";

        var summary = Advice(Facts([Says(NoCalls, sentence)])).Summary;

        Assert.That(summary, Does.StartWith("Don't call: 'Please do not call the office").And.Contain("…'").And.Length.LessThan(360));
    }
}
