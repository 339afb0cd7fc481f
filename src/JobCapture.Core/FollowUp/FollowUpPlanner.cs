namespace JobCapture.Core.FollowUp;

/// <summary>Writes the plan and the drafts for a posting, with or without the date applied. The dashboard calls
/// these with a stored analysis and the user's own dates; the analyzer calls them without a date.</summary>
public static class FollowUpPlanner
{
    public static FollowUpPlan Plan(Analysis analysis, DateOnly? appliedOn) =>
        Plan(FollowUpFacts.From(analysis), analysis.FollowUp.Channels, analysis.FollowUp.Timing, appliedOn);

    public static IReadOnlyList<FollowUpDraft> Drafts(Analysis analysis, DateOnly? appliedOn) =>
        Drafts(FollowUpFacts.From(analysis), analysis.FollowUp.Channels, appliedOn);

    /// <summary>One draft per allowed or invited channel; none for a forbidden or discouraged one.</summary>
    public static IReadOnlyList<FollowUpDraft> Drafts(FollowUpFacts facts, ChannelVerdicts channels, DateOnly? appliedOn) =>
        FollowUpDrafts.Write(facts, channels, appliedOn);

    public static FollowUpPlan Plan(FollowUpFacts facts, ChannelVerdicts channels, FollowUpTiming timing, DateOnly? appliedOn)
    {
        var actions = new FollowUpActions(facts, channels);
        var followUpOn = appliedOn is { } applied ? timing.EarliestFollowUp(applied) : (DateOnly?)null;
        var steps = new List<string>();
        if (appliedOn is null && timing.Deadline is { } deadline)
        {
            steps.Add($"Apply by {ContactWords.Day(deadline)}: that is the posting's closing date.");
        }

        var lead = actions.Lead;
        steps.Add($"{actions.Action(lead)} {When(timing, followUpOn, appliedOn)}{StatedTime(timing)}.");
        steps.AddRange(Warnings(channels, actions));
        if (channels.Email.Verdict == Verdict.Discouraged && lead != Channel.Email)
        {
            steps.Add("Look for the hiring manager's own email address: a short, thoughtful note there is read.");
        }

        if (lead != Channel.Referral)
        {
            steps.Add($"If you know someone at {actions.CompanyName}, ask them to pass your resume on.");
        }

        return new FollowUpPlan(followUpOn, steps);
    }

    private static string When(FollowUpTiming timing, DateOnly? followUpOn, DateOnly? appliedOn) =>
        followUpOn is { } date
            ? $"on {ContactWords.Day(date, appliedOn)}"
            : $"{timing.BusinessDays} business days after you apply";

    private static string StatedTime(FollowUpTiming timing) =>
        timing.StatedResponseTime is { } stated ? $" (the posting says it answers {stated.Text.Trim()})" : "";

    /// <summary>One line per prohibition, quoting the sentence; a posting that forbids all contact gets one line.</summary>
    private static IEnumerable<string> Warnings(ChannelVerdicts channels, FollowUpActions actions)
    {
        var forbidden = new[] { Channel.Phone, Channel.Email, Channel.InPerson, Channel.LinkedIn }
            .Where(c => channels[c].Verdict == Verdict.Forbidden)
            .ToList();
        var quotes = forbidden.Select(actions.EvidenceQuote).Distinct().ToList();
        if (forbidden.Count == 4 && quotes.Count == 1)
        {
            yield return $"Don't contact them directly: the posting says {quotes[0]}";
            yield break;
        }

        foreach (var channel in forbidden)
        {
            var verb = channel switch
            {
                Channel.Phone => "Don't call",
                Channel.Email => "Don't email",
                Channel.InPerson => "Don't drop by",
                _ => "Don't message them on LinkedIn",
            };
            yield return actions.EvidenceQuote(channel) is { } quote ? $"{verb}: the posting says {quote}" : $"{verb}.";
        }

        if (channels.Phone.Verdict == Verdict.Discouraged && actions.EvidenceQuote(Channel.Phone) is { } silence)
        {
            yield return $"Expect silence unless you are shortlisted: the posting says {silence}";
        }
    }
}
