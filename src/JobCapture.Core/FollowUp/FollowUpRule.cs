using JobCapture.Core.Statements;

namespace JobCapture.Core.FollowUp;

/// <summary>The statements and contacts a rule rests on.</summary>
internal sealed record RuleEvidence(IReadOnlyList<int> Statements, IReadOnlyList<int> Contacts)
{
    public static RuleEvidence None { get; } = new([], []);
}

/// <summary>One row of the rules table: the verdict it gives, the limit, the plain reason (where "{person}",
/// "{number}" and "{address}" name the first contact in the evidence), and when it applies.</summary>
internal sealed record FollowUpRule(Verdict Verdict, string? Limit, string Reason, Func<RuleFacts, RuleEvidence?> When);

/// <summary>The conditions the rules table is written in. Each gives the evidence it found, or null when it does
/// not hold.</summary>
internal static class When
{
    public static Func<RuleFacts, RuleEvidence?> Says(StatementKind kind) =>
        facts => facts.SaidToApplicants(kind) is { Count: > 0 } said ? new RuleEvidence(said, []) : null;

    /// <summary>The statement, backed by whichever contacts the posting gives for it (the address it invites you
    /// to write to).</summary>
    public static Func<RuleFacts, RuleEvidence?> Says(StatementKind kind, Func<RuleFacts, IReadOnlyList<int>> contacts) =>
        facts => Says(kind)(facts) is { } evidence ? evidence with { Contacts = contacts(facts) } : null;

    public static Func<RuleFacts, RuleEvidence?> Has(Func<RuleFacts, IReadOnlyList<int>> contacts) =>
        facts => contacts(facts) is { Count: > 0 } found ? new RuleEvidence([], found) : null;

    public static Func<RuleFacts, RuleEvidence?> Is(Func<RoleTraits, bool> trait) =>
        facts => trait(facts.Traits) ? RuleEvidence.None : null;

    public static Func<RuleFacts, RuleEvidence?> Otherwise { get; } = _ => RuleEvidence.None;
}
