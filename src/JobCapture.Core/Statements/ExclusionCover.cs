namespace JobCapture.Core.Statements;

/// <summary>
/// Which kinds the exclusions of a sentence veto at each token, as one bit per kind: whether a rule match is
/// vetoed is then a look at its own tokens, not a walk over every exclusion (a long text has thousands of both).
/// </summary>
internal sealed class ExclusionCover
{
    private static readonly ExclusionCover None = new([]);
    private static readonly int AllKinds = (1 << Enum.GetValues<StatementKind>().Length) - 1;

    private readonly int[] _kindsAt;

    private ExclusionCover(int[] kindsAt) => _kindsAt = kindsAt;

    public static ExclusionCover Of(IReadOnlyList<RuleMatch> exclusions, int tokenCount)
    {
        if (exclusions.Count == 0)
        {
            return None;
        }

        var kindsAt = new int[tokenCount];
        foreach (var exclusion in exclusions)
        {
            var kinds = exclusion.Rule.Kinds.Length == 0 ? AllKinds : exclusion.Rule.Kinds.Aggregate(0, (bits, kind) => bits | Bit(kind));
            var (start, end) = exclusion.Rule.WholeSentence ? (0, tokenCount) : (exclusion.Start, exclusion.End);
            for (var i = start; i < end; i++)
            {
                kindsAt[i] |= kinds;
            }
        }

        return new ExclusionCover(kindsAt);
    }

    /// <summary>Whether an exclusion of <paramref name="kind"/> overlaps the tokens from start to end (exclusive).</summary>
    public bool Covers(StatementKind kind, int start, int end) => Any(Bit(kind), start, end);

    public bool CoversAny(int start, int end) => Any(AllKinds, start, end);

    private bool Any(int kinds, int start, int end)
    {
        for (var i = start; i < end && i < _kindsAt.Length; i++)
        {
            if ((_kindsAt[i] & kinds) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Bit(StatementKind kind) => 1 << (int)kind;
}
