namespace JobCapture.Core.FollowUp;

/// <summary>The verdict for one channel, the plain reason for it, and the evidence it rests on
/// (indices into the analysis' statements and contacts).</summary>
public sealed record ChannelAdvice(Verdict Verdict, string? Limit, string Reason)
{
    public IReadOnlyList<int> Evidence { get; init; } = [];
    public IReadOnlyList<int> ContactEvidence { get; init; } = [];
}

public sealed record ChannelVerdicts(
    ChannelAdvice Phone,
    ChannelAdvice Email,
    ChannelAdvice LinkedIn,
    ChannelAdvice InPerson,
    ChannelAdvice Referral)
{
    public ChannelAdvice this[Channel channel] => channel switch
    {
        Channel.Phone => Phone,
        Channel.Email => Email,
        Channel.LinkedIn => LinkedIn,
        Channel.InPerson => InPerson,
        Channel.Referral => Referral,
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };
}

/// <summary>What the posting allows, when to follow up, and how: the verdict per channel, the timing (default or
/// the posting's own stated response time, and its deadline), a plain plan and drafts for the allowed channels.
/// <see cref="Plan"/> and <see cref="Drafts"/> are written without a date applied; for a dated plan call
/// <see cref="FollowUpPlanner"/> with the analysis and the date.</summary>
public sealed record FollowUpAdvice(ChannelVerdicts Channels, int EarliestFollowUpBusinessDays, string Summary)
{
    public FollowUpTiming Timing { get; init; } = new(EarliestFollowUpBusinessDays);

    public RoleTraits Role { get; init; } = RoleTraits.None;

    public FollowUpPlan Plan { get; init; } = FollowUpPlan.Empty;

    public IReadOnlyList<FollowUpDraft> Drafts { get; init; } = [];
}
