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

public sealed record FollowUpAdvice(ChannelVerdicts Channels, int EarliestFollowUpBusinessDays, string Summary);
