namespace JobCapture.Core.FollowUp;

/// <summary>
/// The drafts, in our own words, following what the seeds teach about a good follow-up: say who you are and
/// what you applied for, ask them to confirm it arrived, ask whether the role is still open and how the process
/// runs, give one concrete reason you want it, then stop and listen. Brief, polite, once. Square brackets mark
/// what only the applicant can fill in. Never a draft for a forbidden or discouraged channel.
/// </summary>
internal static class FollowUpDrafts
{
    private const string ConcreteReason = "[one concrete reason: a product, project or value of theirs that matches your experience]";

    private static readonly Channel[] Order = [Channel.Email, Channel.Phone, Channel.LinkedIn, Channel.InPerson, Channel.Referral];

    public static IReadOnlyList<FollowUpDraft> Write(FollowUpFacts facts, ChannelVerdicts channels, DateOnly? appliedOn)
    {
        var actions = new FollowUpActions(facts, channels);
        var context = new DraftContext(facts, actions, appliedOn is { } d ? $" on {ContactWords.Day(d)}" : "");
        return Order
            .Where(channel => channels[channel].Verdict is Verdict.Allowed or Verdict.Invited)
            .Select(channel => channel switch
            {
                Channel.Email => Email(context),
                Channel.Phone => Call(context),
                Channel.LinkedIn => LinkedInNote(context),
                Channel.InPerson => Visit(context),
                _ => ReferralNote(context),
            })
            .ToList();
    }

    private static FollowUpDraft Email(DraftContext context)
    {
        var to = context.Actions.ContactFor(Channel.Email)?.Value;
        var name = context.Actions.ContactFor(Channel.Email) is { } contact ? ContactWords.PersonName(contact, context.Facts.Contacts) : null;
        var subject = context.Facts.Posting.Title.Length > 0
            ? $"Following up on my application: {context.Facts.Posting.Title}"
            : "Following up on my application";
        var body = string.Join("\n",
            name is null ? "Hello," : $"Dear {name},",
            "",
            $"I applied for {context.Role}{context.AppliedOn} and would like to make sure my application reached you.",
            "Is the role still open, and could you tell me how the selection process will run from here?",
            $"What draws me to it: {ConcreteReason}.",
            "",
            "Thank you for your time; I am glad to send anything else you need.",
            "",
            "Kind regards,",
            "[Your name]",
            "[Your phone number]");
        return new FollowUpDraft(Channel.Email, "Email", body)
        {
            To = to,
            Subject = subject,
            Link = MailtoLink.Create(to, subject, body),
        };
    }

    private static FollowUpDraft Call(DraftContext context)
    {
        var number = context.Actions.ContactFor(Channel.Phone);
        string[] outline =
        [
            $"Say who you are and that you applied for {context.Role}{context.AppliedOn}.",
            "Ask them to confirm your application arrived.",
            "Ask whether the role is still open and how the process runs from here.",
            $"Give one concrete reason you want this job: {ConcreteReason}.",
            "Then stop and listen. Don't push for an interview; thank them and keep it to a couple of minutes.",
            "Call once. On voicemail, leave your name, number and one line of interest, and don't call again.",
        ];
        var body = $"Hello, this is [your name]. I applied for {context.Role}{context.AppliedOn} and wanted to check that it " +
            "arrived. Is the role still open, and how will the process run from here? I'm keen because " + ConcreteReason + ".";
        return new FollowUpDraft(Channel.Phone, "Call outline", body)
        {
            To = number?.Display,
            Link = number is null ? null : MailtoLink.Telephone(number.Value),
            Outline = outline,
        };
    }

    private static FollowUpDraft LinkedInNote(DraftContext context)
    {
        var name = context.Actions.ContactFor(Channel.LinkedIn) is { } person
            ? ContactWords.PersonName(person, context.Facts.Contacts)
            : null;
        var body = $"Hi {name ?? "[name]"}, I recently applied for {context.Role} and would be glad to connect. " +
            $"{ConcreteReason}. Thank you!";
        return new FollowUpDraft(Channel.LinkedIn, "LinkedIn note", body) { To = name };
    }

    private static FollowUpDraft Visit(DraftContext context)
    {
        string[] outline =
        [
            "Go once, at a quiet hour: mid-afternoon on a weekday, never at a rush.",
            "Bring a printed resume and ask for the manager.",
            $"Say you applied for {context.Role}{context.AppliedOn}; ask whether it is still open and how they hire.",
            $"Give one concrete reason you want to work there: {ConcreteReason}. Then listen, thank them and leave.",
        ];
        return new FollowUpDraft(Channel.InPerson, "Visit outline", string.Join("\n", outline)) { Outline = outline };
    }

    private static FollowUpDraft ReferralNote(DraftContext context)
    {
        var body = $"Hi [name], I have applied for {context.Role}{context.AppliedOn}. Would you be willing to pass my " +
            "resume to the hiring manager, or tell me who that is? I can send you a short summary to forward. Thank you!";
        return new FollowUpDraft(Channel.Referral, "Note to someone inside", body);
    }

    private sealed record DraftContext(FollowUpFacts Facts, FollowUpActions Actions, string AppliedOn)
    {
        public string Role => ContactWords.TheRole(Facts);
    }
}
