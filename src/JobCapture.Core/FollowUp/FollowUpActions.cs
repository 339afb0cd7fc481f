using JobCapture.Core.Contacts;

namespace JobCapture.Core.FollowUp;

/// <summary>Which channel to lead with and how to say the action for it, shared by the plan and the summary.</summary>
internal sealed class FollowUpActions
{
    /// <summary>Invitations first (the employer asked for them), then what is merely allowed; among those the
    /// gentler channel first: an email to a named person is read when it suits them, a call interrupts.</summary>
    private static readonly (Channel Channel, Verdict Verdict)[] Preference =
    [
        (Channel.Email, Verdict.Invited), (Channel.Phone, Verdict.Invited), (Channel.InPerson, Verdict.Invited),
        (Channel.Email, Verdict.Allowed), (Channel.Phone, Verdict.Allowed), (Channel.InPerson, Verdict.Allowed),
        (Channel.LinkedIn, Verdict.Allowed), (Channel.Referral, Verdict.Allowed),
    ];

    private readonly FollowUpFacts _facts;
    private readonly ChannelVerdicts _channels;

    public FollowUpActions(FollowUpFacts facts, ChannelVerdicts channels)
    {
        _facts = facts;
        _channels = channels;
    }

    public Channel Lead =>
        Preference.Where(p => _channels[p.Channel].Verdict == p.Verdict).Select(p => p.Channel).DefaultIfEmpty(Channel.Referral).First();

    /// <summary>The first contact a channel's advice rests on, when it has one.</summary>
    public Contact? ContactFor(Channel channel) =>
        _channels[channel].ContactEvidence is { Count: > 0 } contacts && contacts[0] < _facts.Contacts.Count
            ? _facts.Contacts[contacts[0]]
            : null;

    public string? WhoFor(Channel channel) => ContactFor(channel) is { } contact ? ContactWords.Who(contact, _facts.Contacts) : null;

    /// <summary>"Email Dana Lee (hiring manager) at dana@acme.example", "Call (555) 010-2234 once", …</summary>
    public string Action(Channel channel)
    {
        var contact = ContactFor(channel);
        var who = WhoFor(channel);
        return channel switch
        {
            Channel.Email when contact is null => "Email the hiring team at the address the posting gives",
            Channel.Email => who is null ? $"Email {contact.Value}" : $"Email {who} at {contact.Value}",
            Channel.Phone when contact is null => "Call the hiring team once",
            Channel.Phone => who is null ? $"Call {contact.Display} once" : $"Call {who} on {contact.Display} once",
            Channel.InPerson => "Drop by once, at a quiet hour, and ask for the manager",
            Channel.LinkedIn => who is null
                ? "Send the recruiter or hiring manager a short note on LinkedIn"
                : $"Send {who} a short note on LinkedIn",
            _ => $"Ask someone you know at {CompanyName} to pass your resume on",
        };
    }

    public string CompanyName => _facts.Posting.Company.Length > 0 ? _facts.Posting.Company : "the company";

    /// <summary>The first statement a channel's advice rests on, quoted.</summary>
    public string? EvidenceQuote(Channel channel) =>
        _channels[channel].Evidence is { Count: > 0 } evidence && evidence[0] < _facts.Statements.Count
            ? ContactWords.Quote(_facts.Statements[evidence[0]].Text)
            : null;
}
