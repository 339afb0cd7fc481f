using JobCapture.Core.Contacts;
using JobCapture.Core.FollowUp;
using static JobCapture.Core.Statements.StatementKind;
using static JobCapture.Core.Tests.FollowUp.Given;

namespace JobCapture.Core.Tests.FollowUp;

/// <summary>Every row of DESIGN.md's follow-up rules table, and the precedence between rows, as one table.</summary>
public class FollowUpRulesTests
{
    private const string Once = "once";

    /// <summary>One case: the facts, the channel looked at, and the verdict, limit and evidence expected.</summary>
    public sealed record RuleCase(string Name, FollowUpFacts Facts, Channel Channel, Verdict Verdict, string? Limit = null,
        int[]? Evidence = null, int[]? ContactEvidence = null)
    {
        public override string ToString() => Name;
    }

    private static readonly RuleCase[] DesignTable =
    [
        // Phone
        new("phone is forbidden when applicants are told not to call", Facts([Says(NoCalls)]), Channel.Phone, Verdict.Forbidden, Evidence: [0]),
        new("phone is forbidden when applicants are told not to get in touch", Facts([Says(NoContact)]), Channel.Phone, Verdict.Forbidden, Evidence: [0]),
        new("phone is invited, once, when the posting invites a call", Facts([Says(InvitesCall)], [Phone()]), Channel.Phone, Verdict.Invited, Once, [0], [0]),
        new("phone is allowed once when the employer's number is given", Facts(contacts: [Phone()]), Channel.Phone, Verdict.Allowed, Once, [], [0]),
        new("phone is allowed once for a sales role", Facts(title: "Account Executive"), Channel.Phone, Verdict.Allowed, Once, [], []),
        new("phone is discouraged otherwise", Facts(), Channel.Phone, Verdict.Discouraged, null, [], []),
        new("phone is discouraged when only shortlisted applicants hear back", Facts([Says(OnlyShortlisted)]), Channel.Phone, Verdict.Discouraged, null, [0]),
        // Email
        new("email is forbidden when applicants are told not to email", Facts([Says(NoEmail)], [Email("dana@acme.example")]), Channel.Email, Verdict.Forbidden, null, [0], []),
        new("email is forbidden when applicants are told not to get in touch", Facts([Says(NoContact)], [Email("dana@acme.example")]), Channel.Email, Verdict.Forbidden, null, [0]),
        new("email is invited when the posting invites an email", Facts([Says(InvitesEmail)], [Email("jobs@acme.example", ContactCategory.Team)]), Channel.Email, Verdict.Invited, null, [0], [0]),
        new("email is allowed to a personal address", Facts(contacts: [Email("dana@acme.example", ContactCategory.Personal)]), Channel.Email, Verdict.Allowed, null, [], [0]),
        new("email is allowed to the hiring team's address", Facts(contacts: [Email("careers@acme.example", ContactCategory.Team)]), Channel.Email, Verdict.Allowed, null, [], [0]),
        new("email is discouraged when the only address is a no-reply box", Facts(contacts: [Email("no-reply@ats.example", ContactCategory.NoReply)]), Channel.Email, Verdict.Discouraged, null, [], []),
        new("email is discouraged when no address is known", Facts(), Channel.Email, Verdict.Discouraged, null, [], []),
        // LinkedIn
        new("linkedIn is allowed by default", Facts(), Channel.LinkedIn, Verdict.Allowed, null, [], []),
        new("linkedIn is allowed naming the person the posting shows", Facts(contacts: [Phone(), Person("Dana Lee", ContactRole.HiringManager)]), Channel.LinkedIn, Verdict.Allowed, null, [], [1]),
        new("linkedIn is forbidden when applicants are told not to get in touch", Facts([Says(NoContact)]), Channel.LinkedIn, Verdict.Forbidden, null, [0]),
        // In person
        new("a visit is invited when walk-ins are welcome", Facts([Says(InvitesVisit)]), Channel.InPerson, Verdict.Invited, null, [0]),
        new("a visit is allowed once in a walk-in trade", Facts(title: "Barista (part-time)"), Channel.InPerson, Verdict.Allowed, Once, [], []),
        new("a visit is forbidden when applicants are told not to drop by", Facts([Says(NoVisits)]), Channel.InPerson, Verdict.Forbidden, null, [0]),
        new("a visit is forbidden when applicants are told not to get in touch", Facts([Says(NoContact)]), Channel.InPerson, Verdict.Forbidden, null, [0]),
        new("a visit is discouraged otherwise", Facts(title: "Data Engineer"), Channel.InPerson, Verdict.Discouraged, null, [], []),
        new("a visit is discouraged when applications go only through another channel", Facts([Says(ApplyChannelOnly)], title: "Barista"), Channel.InPerson, Verdict.Discouraged, null, [0]),
        new("email is discouraged when applications go only through another channel", Facts([Says(ApplyChannelOnly)], [Email("dana@acme.example", ContactCategory.Personal)]), Channel.Email, Verdict.Discouraged, null, [0], []),
        // Referral
        new("a referral is always allowed", Facts(), Channel.Referral, Verdict.Allowed, null, [], []),
        new("a referral is allowed even when no contact is wanted", Facts([Says(NoContact)]), Channel.Referral, Verdict.Allowed, null, [], []),
    ];

    private static readonly RuleCase[] Precedence =
    [
        new("a prohibition wins over a call invitation later on the page", Facts([Says(NoCalls), Says(InvitesCall)], [Phone()]), Channel.Phone, Verdict.Forbidden, null, [0], []),
        new("a prohibition wins over a call invitation earlier on the page", Facts([Says(InvitesCall), Says(NoCalls)], [Phone()]), Channel.Phone, Verdict.Forbidden, null, [1], []),
        new("a prohibition of email wins over an email invitation", Facts([Says(InvitesEmail), Says(NoEmail)], [Email("dana@acme.example")]), Channel.Email, Verdict.Forbidden, null, [1], []),
        new("a prohibition of visits wins over a visit invitation", Facts([Says(InvitesVisit), Says(NoVisits)]), Channel.InPerson, Verdict.Forbidden, null, [1]),
        new("no contact at all wins over a call invitation", Facts([Says(InvitesCall), Says(NoContact)]), Channel.Phone, Verdict.Forbidden, null, [1]),
        new("an agencies-only statement never forbids the applicant's call", Facts([ToAgencies(NoAgencies)], [Phone()]), Channel.Phone, Verdict.Allowed, Once, [], [0]),
        new("a no-calls statement addressed to agencies never forbids the applicant's call", Facts([ToAgencies(NoCalls)]), Channel.Phone, Verdict.Discouraged, null, [], []),
        new("a no-contact statement addressed to agencies never forbids the applicant's email", Facts([ToAgencies(NoContact)], [Email("dana@acme.example")]), Channel.Email, Verdict.Allowed, null, [], [0]),
        new("a sales role never overrides a prohibition of calls", Facts([Says(NoCalls)], title: "Sales Representative"), Channel.Phone, Verdict.Forbidden, null, [0]),
        new("a sales role does not change the visit verdict", Facts(title: "Inside Sales Representative"), Channel.InPerson, Verdict.Discouraged, null, [], []),
        new("a walk-in trade never overrides a prohibition of visits", Facts([Says(NoVisits)], title: "Line Cook"), Channel.InPerson, Verdict.Forbidden, null, [0]),
        new("a walk-in trade does not make a call welcome", Facts(title: "Cashier"), Channel.Phone, Verdict.Discouraged, null, [], []),
        new("an invitation to call wins over 'only shortlisted hear back'", Facts([Says(OnlyShortlisted), Says(InvitesCall)]), Channel.Phone, Verdict.Invited, Once, [1]),
        new("'only shortlisted hear back' wins over a phone number", Facts([Says(OnlyShortlisted)], [Phone()]), Channel.Phone, Verdict.Discouraged, null, [0], []),
        new("'only shortlisted hear back' wins over a sales role", Facts([Says(OnlyShortlisted)], title: "Sales Manager"), Channel.Phone, Verdict.Discouraged, null, [0]),
        new("a fax number does not make a call allowed", Facts(contacts: [Phone(category: ContactCategory.Fax)]), Channel.Phone, Verdict.Discouraged, null, [], []),
        new("a no-reply box does not count next to a personal address", Facts(contacts: [Email("noreply@ats.example", ContactCategory.NoReply), Email("dana@acme.example", ContactCategory.Personal)]), Channel.Email, Verdict.Allowed, null, [], [1]),
        new("a general company address is not the hiring manager's", Facts(contacts: [Email("info@acme.example", ContactCategory.Company)]), Channel.Email, Verdict.Discouraged, null, [], [0]),
        new("a prohibition of calls leaves email alone", Facts([Says(NoCalls)], [Email("dana@acme.example")]), Channel.Email, Verdict.Allowed, null, [], [0]),
        new("a prohibition of calls leaves LinkedIn alone", Facts([Says(NoCalls)]), Channel.LinkedIn, Verdict.Allowed),
        new("an invitation to email wins over 'applications only through the portal'", Facts([Says(ApplyChannelOnly), Says(InvitesEmail)], [Email("jobs@acme.example", ContactCategory.Team)]), Channel.Email, Verdict.Invited, null, [1], [0]),
        new("an invitation to apply in person wins over 'applications only this way'", Facts([Says(ApplyChannelOnly), Says(InvitesVisit)]), Channel.InPerson, Verdict.Invited, null, [1]),
        new("a prohibition of email wins over 'applications only by email'", Facts([Says(ApplyChannelOnly), Says(NoEmail)]), Channel.Email, Verdict.Forbidden, null, [1], []),
        new("'applications only through the portal' leaves the phone alone", Facts([Says(ApplyChannelOnly)], [Phone()]), Channel.Phone, Verdict.Allowed, Once, [], [0]),
        new("a prohibition of email leaves the phone alone", Facts([Says(NoEmail)], [Phone()]), Channel.Phone, Verdict.Allowed, Once, [], [0]),
    ];

    private static IEnumerable<TestCaseData> DesignRows() => DesignTable.Select(c => new TestCaseData(c).SetName(c.Name));

    private static IEnumerable<TestCaseData> PrecedenceRows() => Precedence.Select(c => new TestCaseData(c).SetName(c.Name));

    [TestCaseSource(nameof(DesignRows))]
    public void Design_table_row(RuleCase rule) => AssertVerdict(rule);

    [TestCaseSource(nameof(PrecedenceRows))]
    public void Precedence_case(RuleCase rule) => AssertVerdict(rule);

    [Test]
    public void Every_channel_has_a_verdict_with_a_one_line_reason_even_for_an_empty_posting()
    {
        var channels = Advice(Facts()).Channels;

        foreach (var channel in Enum.GetValues<Channel>())
        {
            Assert.That(channels[channel].Reason, Is.Not.Empty.And.Not.Contain("\n").And.Not.Contain("{"), channel.ToString());
        }
    }

    [Test]
    public void The_reason_names_the_person_the_posting_shows_for_LinkedIn()
    {
        var advice = Advice(Facts(contacts: [Person("Dana Lee", ContactRole.HiringManager)]));

        Assert.That(advice.Channels.LinkedIn.Reason, Does.Contain("Dana Lee"));
    }

    [Test]
    public void The_reason_for_a_discouraged_email_quotes_the_apply_only_this_way_sentence()
    {
        var advice = Advice(Facts([Says(ApplyChannelOnly, "Applications are accepted only through our careers portal.")]));

        Assert.That(advice.Channels.Email.Reason, Does.Contain("\"Applications are accepted only through our careers portal.\""));
        Assert.That(advice.Channels.InPerson.Reason, Does.Contain("\"Applications are accepted only through our careers portal.\""));
    }

    [Test]
    public void The_reason_for_an_allowed_call_names_the_number()
    {
        var advice = Advice(Facts(contacts: [Phone()]));

        Assert.That(advice.Channels.Phone.Reason, Does.Contain("(555) 010-2234"));
    }

    private static void AssertVerdict(RuleCase rule)
    {
        var advice = Advice(rule.Facts).Channels[rule.Channel];

        Assert.Multiple(() =>
        {
            Assert.That(advice.Verdict, Is.EqualTo(rule.Verdict), advice.Reason);
            Assert.That(advice.Limit, Is.EqualTo(rule.Limit));
            if (rule.Evidence is not null)
            {
                Assert.That(advice.Evidence, Is.EqualTo(rule.Evidence));
            }

            if (rule.ContactEvidence is not null)
            {
                Assert.That(advice.ContactEvidence, Is.EqualTo(rule.ContactEvidence));
            }
        });
    }
}
