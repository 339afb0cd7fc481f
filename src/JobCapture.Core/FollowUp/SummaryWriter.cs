namespace JobCapture.Core.FollowUp;

/// <summary>The one short paragraph the extension popup shows: the phone verdict and its evidence first, then
/// what to do instead, when, and by when to apply.</summary>
internal static class SummaryWriter
{
    public static string Write(FollowUpFacts facts, ChannelVerdicts channels, FollowUpTiming timing)
    {
        var actions = new FollowUpActions(facts, channels);
        var parts = new List<string> { PhoneVerdict(channels.Phone, actions) };
        if (channels.Phone.Verdict is Verdict.Forbidden or Verdict.Discouraged)
        {
            parts.Add($"{actions.Action(actions.Lead)} instead.");
        }

        if (channels.Email.Verdict == Verdict.Forbidden && actions.EvidenceQuote(Channel.Email) is { } noEmail
            && noEmail != actions.EvidenceQuote(Channel.Phone))
        {
            parts.Add($"Don't email: {noEmail}");
        }

        parts.Add(timing.StatedResponseTime is { } stated
            ? $"Follow up once, {timing.BusinessDays} business days after applying (the posting says it answers {stated.Text.Trim()})."
            : $"Follow up once, {timing.BusinessDays} business days after applying.");
        if (timing.Deadline is { } deadline)
        {
            parts.Add($"Apply by {ContactWords.Day(deadline)}.");
        }

        return string.Join(" ", parts);
    }

    private static string PhoneVerdict(ChannelAdvice phone, FollowUpActions actions)
    {
        var quote = actions.EvidenceQuote(Channel.Phone);
        return phone.Verdict switch
        {
            Verdict.Forbidden => $"Don't call: {quote}",
            Verdict.Invited => $"Calls are welcome: {quote} Call once.",
            Verdict.Allowed when actions.ContactFor(Channel.Phone) is { } number => $"One short call to {number.Display} is fine.",
            Verdict.Allowed => "One confident call is fine for a sales role.",
            _ when quote is not null => $"Better not to call: {quote}",
            _ => "Better not to call: nothing in the posting invites it.",
        };
    }
}
