using JobCapture.Core.Contacts;
using JobCapture.Core.Statements;

namespace JobCapture.Core.FollowUp;

/// <summary>First cut of the follow-up rules table of DESIGN.md. The follow-up issue adds timing, plans and drafts.</summary>
public sealed class FollowUpAdvisor : IFollowUpAdvisor
{
    private readonly AnalyzerOptions _options;

    public FollowUpAdvisor(AnalyzerOptions options) => _options = options;

    public FollowUpAdvice Advise(FollowUpFacts facts)
    {
        var channels = new ChannelVerdicts(
            Phone(facts),
            Email(facts),
            new ChannelAdvice(Verdict.Allowed, null, "A short note to the person who posted the role is usually welcome."),
            new ChannelAdvice(Verdict.Discouraged, null, "Turning up unannounced rarely helps outside walk-in trades."),
            new ChannelAdvice(Verdict.Allowed, null, "Someone inside the company can pass your resume on."));
        return new FollowUpAdvice(channels, _options.FollowUpBusinessDays, Summarize(channels, facts));
    }

    private static ChannelAdvice Phone(FollowUpFacts facts)
    {
        var forbidding = Indices(facts, StatementKind.NoCalls, StatementKind.NoContact);
        if (forbidding.Count > 0)
        {
            return new ChannelAdvice(Verdict.Forbidden, null, "The posting asks applicants not to call.") { Evidence = forbidding };
        }

        var inviting = Indices(facts, StatementKind.InvitesCall);
        if (inviting.Count > 0)
        {
            return new ChannelAdvice(Verdict.Invited, "once", "The posting invites a call.") { Evidence = inviting };
        }

        var phones = ContactIndices(facts, ContactKind.Phone);
        return phones.Count > 0
            ? new ChannelAdvice(Verdict.Allowed, "once", "The posting gives a phone number; one short call is fine.") { ContactEvidence = phones }
            : new ChannelAdvice(Verdict.Discouraged, null, "No number and no invitation: an unasked call tends to annoy.");
    }

    private static ChannelAdvice Email(FollowUpFacts facts)
    {
        var emails = ContactIndices(facts, ContactKind.Email);
        return emails.Count > 0
            ? new ChannelAdvice(Verdict.Allowed, null, "The posting gives an address to write to.") { ContactEvidence = emails }
            : new ChannelAdvice(Verdict.Discouraged, null, "No address is given: look for the hiring manager's own.");
    }

    private static List<int> Indices(FollowUpFacts facts, params StatementKind[] kinds) =>
        facts.Statements
            .Select((statement, index) => (statement, index))
            .Where(s => s.statement.Audience == Audience.Applicants && kinds.Contains(s.statement.Kind))
            .Select(s => s.index)
            .ToList();

    private static List<int> ContactIndices(FollowUpFacts facts, ContactKind kind) =>
        facts.Contacts.Select((contact, index) => (contact, index)).Where(c => c.contact.Kind == kind).Select(c => c.index).ToList();

    private static string Summarize(ChannelVerdicts channels, FollowUpFacts facts) =>
        channels.Phone.Verdict == Verdict.Forbidden
            ? $"Don't call: the posting says '{facts.Statements[channels.Phone.Evidence[0]].Text}'"
            : "Follow up once, a few business days after applying.";
}
