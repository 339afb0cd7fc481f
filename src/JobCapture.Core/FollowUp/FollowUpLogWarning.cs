namespace JobCapture.Core.FollowUp;

/// <summary>
/// What to warn about when the user logs a follow-up: one the posting forbids, or one more than its limit allows.
/// Logging is never refused — the user may have had good reason — but the warning is shown and kept.
/// </summary>
public static class FollowUpLogWarning
{
    /// <param name="analysis">The posting's current analysis.</param>
    /// <param name="channel">The channel of the follow-up being logged.</param>
    /// <param name="earlierOnChannel">How many follow-ups on that channel were logged before this one.</param>
    public static string? For(Analysis analysis, Channel channel, int earlierOnChannel)
    {
        var advice = analysis.FollowUp.Channels[channel];
        if (advice.Verdict == Verdict.Forbidden)
        {
            var evidence = advice.Evidence.Where(i => i < analysis.Statements.Count).Select(i => analysis.Statements[i].Text).FirstOrDefault();
            return evidence is null
                ? $"The posting rules out {Name(channel)}: {advice.Reason}"
                : $"The posting rules out {Name(channel)}: '{evidence}'";
        }

        return advice.Limit == FollowUpRules.Once && earlierOnChannel >= 1
            ? $"This is {Name(channel)} number {earlierOnChannel + 1}; one is the most this posting allows."
            : null;
    }

    private static string Name(Channel channel) => channel switch
    {
        Channel.Phone => "calls",
        Channel.Email => "emails",
        Channel.LinkedIn => "LinkedIn messages",
        Channel.InPerson => "visits",
        _ => "referrals",
    };
}
