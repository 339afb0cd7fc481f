using JobCapture.Core.Contacts;
using JobCapture.Core.FollowUp;
using static JobCapture.Core.Statements.StatementKind;
using static JobCapture.Core.Tests.FollowUp.Given;

namespace JobCapture.Core.Tests.FollowUp;

public class FollowUpPlanTests
{
    private static readonly FollowUpFacts NoCallsWithHiringManager = Facts(
        [Says(NoCalls, "No phone calls, please.")],
        [Email("dana@acme.example", ContactCategory.Personal, "Dana Lee", ContactRole.HiringManager)],
        title: "Warehouse Team Lead",
        company: "Acme Logistics");

    [Test]
    public void The_plan_names_the_person_the_date_and_the_prohibition_with_its_sentence()
    {
        var plan = PlanFor(NoCallsWithHiringManager, new DateOnly(2025, 11, 25));

        Assert.Multiple(() =>
        {
            Assert.That(plan.FollowUpOn, Is.EqualTo(new DateOnly(2025, 12, 2)));
            Assert.That(plan.Steps[0], Is.EqualTo("Email Dana Lee (hiring manager) at dana@acme.example on Tue 2 Dec."));
            Assert.That(plan.Steps, Does.Contain("Don't call: the posting says 'No phone calls, please.'"));
        });
    }

    [Test]
    public void Without_a_date_applied_the_plan_speaks_of_business_days_after_applying()
    {
        var plan = Advice(NoCallsWithHiringManager).Plan;

        Assert.Multiple(() =>
        {
            Assert.That(plan.FollowUpOn, Is.Null);
            Assert.That(plan.Steps[0], Does.EndWith("5 business days after you apply."));
        });
    }

    [Test]
    public void A_follow_up_in_the_next_year_shows_the_year()
    {
        var plan = PlanFor(NoCallsWithHiringManager, new DateOnly(2026, 12, 30));

        Assert.That(plan.Steps[0], Does.EndWith("on Wed 6 Jan 2027."));
    }

    [Test]
    public void A_stated_response_time_is_named_in_the_plan()
    {
        var facts = NoCallsWithHiringManager with { Text = "We aim to respond within 10 working days." };

        var plan = PlanFor(facts, new DateOnly(2026, 11, 23));

        Assert.That(plan.Steps[0], Is.EqualTo(
            "Email Dana Lee (hiring manager) at dana@acme.example on Mon 7 Dec (the posting says it answers within 10 working days)."));
    }

    [Test]
    public void Before_applying_the_plan_shows_the_deadline_first()
    {
        var plan = Advice(NoCallsWithHiringManager with { Posting = NoCallsWithHiringManager.Posting with { ValidThrough = "2026-12-11" } }).Plan;

        Assert.That(plan.Steps[0], Is.EqualTo("Apply by Fri 11 Dec 2026: that is the posting's closing date."));
    }

    [Test]
    public void An_address_without_a_name_is_matched_to_the_person_it_is_made_of()
    {
        var facts = Facts(contacts: [Email("dana.lee@acme.example"), Person("Dana Lee", ContactRole.Recruiter)]);

        Assert.That(PlanFor(facts, new DateOnly(2026, 11, 23)).Steps[0], Does.StartWith("Email Dana Lee (recruiter) at dana.lee@acme.example"));
    }

    [Test]
    public void A_posting_that_wants_no_contact_at_all_gets_one_warning_and_a_referral()
    {
        var plan = PlanFor(Facts([Says(NoContact, "Please do not contact us about your application.")], company: "Acme"), new DateOnly(2026, 11, 23));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Steps[0], Does.StartWith("Ask someone you know at Acme to pass your resume on"));
            Assert.That(plan.Steps, Has.Exactly(1).StartsWith("Don't"));
            Assert.That(plan.Steps[1], Is.EqualTo("Don't contact them directly: the posting says 'Please do not contact us about your application.'"));
        });
    }

    [Test]
    public void An_invited_call_leads_the_plan_over_an_address()
    {
        var facts = Facts([Says(InvitesCall)], [Email("dana@acme.example"), Phone()]);

        Assert.That(PlanFor(facts, new DateOnly(2026, 11, 23)).Steps[0], Is.EqualTo("Call (555) 010-2234 once on Mon 30 Nov."));
    }

    [Test]
    public void Only_shortlisted_applicants_hearing_back_is_said_with_its_sentence()
    {
        var facts = Facts([Says(OnlyShortlisted, "Only shortlisted candidates will be contacted.")]);

        Assert.That(Advice(facts).Plan.Steps, Does.Contain("Expect silence unless you are shortlisted: the posting says 'Only shortlisted candidates will be contacted.'"));
    }

    [Test]
    public void The_dashboard_can_plan_again_from_a_stored_analysis()
    {
        var analysis = PostingAnalyzer.CreateDefault().AnalyzeText("No phone calls, please. Send questions to dana@acme.example.");

        var plan = FollowUpPlanner.Plan(analysis, new DateOnly(2026, 11, 27));

        Assert.Multiple(() =>
        {
            Assert.That(plan.FollowUpOn, Is.EqualTo(new DateOnly(2026, 12, 4)));
            Assert.That(plan.Steps[0], Is.EqualTo("Email dana@acme.example on Fri 4 Dec."));
        });
    }

    private static FollowUpPlan PlanFor(FollowUpFacts facts, DateOnly appliedOn)
    {
        var advice = Advice(facts);
        return FollowUpPlanner.Plan(facts, advice.Channels, advice.Timing, appliedOn);
    }
}
