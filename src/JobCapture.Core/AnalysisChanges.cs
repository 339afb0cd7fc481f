using JobCapture.Core.FollowUp;

namespace JobCapture.Core;

/// <summary>What differs between two analyses of the same posting: its text, the statements found (kind and
/// sentence) and the verdict per channel.</summary>
public sealed record AnalysisChanges(
    bool TextChanged,
    IReadOnlyList<string> StatementsAdded,
    IReadOnlyList<string> StatementsRemoved,
    IReadOnlyList<VerdictChange> VerdictChanges)
{
    public bool Any => TextChanged || StatementsAdded.Count > 0 || StatementsRemoved.Count > 0 || VerdictChanges.Count > 0;

    public static AnalysisChanges Between(Analysis before, Analysis after)
    {
        var statementsBefore = Statements(before);
        var statementsAfter = Statements(after);
        return new AnalysisChanges(
            !string.Equals(before.Text, after.Text, StringComparison.Ordinal),
            statementsAfter.Except(statementsBefore).ToList(),
            statementsBefore.Except(statementsAfter).ToList(),
            Enum.GetValues<Channel>()
                .Select(c => new VerdictChange(c, before.FollowUp.Channels[c].Verdict, after.FollowUp.Channels[c].Verdict))
                .Where(v => v.Before != v.After)
                .ToList());
    }

    private static List<string> Statements(Analysis analysis) => analysis.Statements.Select(s => $"{s.Kind}: {s.Text}").Distinct().ToList();
}

public sealed record VerdictChange(Channel Channel, Verdict Before, Verdict After);
