using static JobCapture.Core.Statements.StatementKind;

namespace JobCapture.Core.FollowUp;

/// <summary>
/// The follow-up rules (README, "Follow-up rules"), one ordered list per channel; the first row that holds decides.
/// Precedence is the order: prohibitions come first, so they win over an invitation anywhere else on the page;
/// walk-in trades and sales roles sit below every prohibition and invitation, so they change only the rows they
/// are named in. Agency-only statements never reach these rows (<see cref="RuleFacts"/> leaves them out).
/// What the seeds teach, in our words: an unasked call mostly interrupts a busy recruiter, and a posting that
/// says "don't call" means it; one polite call is fine where a number is given or the job is selling; a short,
/// thoughtful email to a named person beats a call; walk-ins are only normal in shops, kitchens and hotels;
/// someone inside who passes your resume on helps most.
/// </summary>
internal static class FollowUpRules
{
    public const string Once = "once";

    private const string ApplicationsGoOneWay = "Applications go only the way the posting names: \"{statement}\"";

    public static IReadOnlyList<FollowUpRule> Phone { get; } =
    [
        new(Verdict.Forbidden, null, "The posting asks applicants not to call.", When.Says(NoCalls)),
        new(Verdict.Forbidden, null, "The posting asks applicants not to get in touch at all.", When.Says(NoContact)),
        new(Verdict.Invited, Once, "The posting invites applicants to call.", When.Says(InvitesCall, f => f.EmployerPhones)),
        new(Verdict.Discouraged, null, "Only shortlisted applicants will hear back; a call will not change that.", When.Says(OnlyShortlisted)),
        new(Verdict.Allowed, Once, "The posting gives a number ({number}) and nothing forbids calling: one short call is fine.", When.Has(f => f.EmployerPhones)),
        new(Verdict.Allowed, Once, "It is a sales role: one confident call shows the very skill the job needs.", When.Is(t => t.IsSalesRole)),
        new(Verdict.Discouraged, null, "Nothing invites a call, and an unasked call mostly interrupts a busy recruiter.", When.Otherwise),
    ];

    public static IReadOnlyList<FollowUpRule> Email { get; } =
    [
        new(Verdict.Forbidden, null, "The posting asks applicants not to email.", When.Says(NoEmail)),
        new(Verdict.Forbidden, null, "The posting asks applicants not to get in touch at all.", When.Says(NoContact)),
        new(Verdict.Invited, null, "The posting invites applicants to email.", When.Says(InvitesEmail, f => f.WritableEmails)),
        new(Verdict.Discouraged, null, ApplicationsGoOneWay + " Don't email your application; email only to follow up on it.", When.Says(ApplyChannelOnly)),
        new(Verdict.Allowed, null, "The posting gives an address to write to ({address}).", When.Has(f => f.WritableEmails)),
        new(Verdict.Discouraged, null, "Only a general address is given ({address}): find the hiring manager's own.", When.Has(f => f.GeneralEmails)),
        new(Verdict.Discouraged, null, "No address to write to: find the hiring manager's own address.", When.Otherwise),
    ];

    public static IReadOnlyList<FollowUpRule> LinkedIn { get; } =
    [
        new(Verdict.Forbidden, null, "The posting asks applicants not to get in touch at all.", When.Says(NoContact)),
        new(Verdict.Allowed, null, "Connect with {person} on LinkedIn with a short, thoughtful note.", When.Has(f => f.NamedPeople)),
        new(Verdict.Allowed, null, "Find the recruiter or hiring manager on LinkedIn and connect with a short note.", When.Otherwise),
    ];

    public static IReadOnlyList<FollowUpRule> InPerson { get; } =
    [
        new(Verdict.Forbidden, null, "The posting asks applicants not to drop by.", When.Says(NoVisits)),
        new(Verdict.Forbidden, null, "The posting asks applicants not to get in touch at all.", When.Says(NoContact)),
        new(Verdict.Invited, null, "The posting welcomes applicants in person.", When.Says(InvitesVisit)),
        new(Verdict.Discouraged, null, ApplicationsGoOneWay + " Don't bring your application in person.", When.Says(ApplyChannelOnly)),
        new(Verdict.Allowed, Once, "Shops, kitchens and hotels hire from walk-ins: one short visit at a quiet hour is fine.", When.Is(t => t.IsWalkInTrade)),
        new(Verdict.Discouraged, null, "Turning up unannounced rarely helps outside shops, kitchens and hotels.", When.Otherwise),
    ];

    public static IReadOnlyList<FollowUpRule> Referral { get; } =
    [
        new(Verdict.Allowed, null, "Someone you know inside can hand your resume to the hiring manager.", When.Otherwise),
    ];

    public static IReadOnlyList<FollowUpRule> For(Channel channel) => channel switch
    {
        Channel.Phone => Phone,
        Channel.Email => Email,
        Channel.LinkedIn => LinkedIn,
        Channel.InPerson => InPerson,
        Channel.Referral => Referral,
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    /// <summary>The first row that holds, as advice with its evidence.</summary>
    public static ChannelAdvice Decide(Channel channel, RuleFacts facts)
    {
        foreach (var rule in For(channel))
        {
            if (rule.When(facts) is { } evidence)
            {
                return new ChannelAdvice(rule.Verdict, rule.Limit, FillIn(rule.Reason, facts, evidence))
                {
                    Evidence = evidence.Statements,
                    ContactEvidence = evidence.Contacts,
                };
            }
        }

        throw new InvalidOperationException($"The {channel} rules end without a fallback row.");
    }

    private static string FillIn(string reason, RuleFacts facts, RuleEvidence evidence)
    {
        if (!reason.Contains('{', StringComparison.Ordinal))
        {
            return reason;
        }

        if (evidence.Statements.Count > 0)
        {
            reason = reason.Replace("{statement}", facts.Facts.Statements[evidence.Statements[0]].Text.Trim(), StringComparison.Ordinal);
        }

        if (evidence.Contacts.Count == 0)
        {
            return reason;
        }

        var contact = facts.Facts.Contacts[evidence.Contacts[0]];
        return reason
            .Replace("{person}", contact.Name ?? contact.Display, StringComparison.Ordinal)
            .Replace("{number}", contact.Display, StringComparison.Ordinal)
            .Replace("{address}", contact.Value, StringComparison.Ordinal);
    }
}
