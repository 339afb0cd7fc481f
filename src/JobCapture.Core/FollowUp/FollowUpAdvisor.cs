namespace JobCapture.Core.FollowUp;

/// <summary>Turns what the analyzer found into advice: a verdict per channel from the rules table
/// (<see cref="FollowUpRules"/>), the timing, a plan without a date, drafts and the popup summary. Pure.</summary>
public sealed class FollowUpAdvisor : IFollowUpAdvisor
{
    private readonly AnalyzerOptions _options;

    public FollowUpAdvisor(AnalyzerOptions options) => _options = options;

    public FollowUpAdvice Advise(FollowUpFacts facts)
    {
        var role = RoleClassifier.Classify(facts);
        var channels = Decide(facts, role);
        var timing = FollowUpTiming.For(facts, _options);
        return new FollowUpAdvice(channels, timing.BusinessDays, SummaryWriter.Write(facts, channels, timing))
        {
            Timing = timing,
            Role = role,
            Plan = FollowUpPlanner.Plan(facts, channels, timing, appliedOn: null),
            Drafts = FollowUpDrafts.Write(facts, channels, appliedOn: null),
        };
    }

    /// <summary>The verdicts alone, for callers that already know the kind of job.</summary>
    public static ChannelVerdicts Decide(FollowUpFacts facts, RoleTraits role)
    {
        var ruleFacts = new RuleFacts(facts, role);
        return new ChannelVerdicts(
            FollowUpRules.Decide(Channel.Phone, ruleFacts),
            FollowUpRules.Decide(Channel.Email, ruleFacts),
            FollowUpRules.Decide(Channel.LinkedIn, ruleFacts),
            FollowUpRules.Decide(Channel.InPerson, ruleFacts),
            FollowUpRules.Decide(Channel.Referral, ruleFacts));
    }
}
