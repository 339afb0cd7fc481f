using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

/// <summary>One line of a statement table: the language it is written in, the sentence, the kinds it states.</summary>
public sealed record StatementCase(int Line, string Language, string Sentence, IReadOnlySet<StatementKind> Expected)
{
    public override string ToString() => $"{Language}:{Line} {Sentence}";
}

/// <summary>
/// Reads the tab-separated statement tables in Fixtures/Statements: <c>language TAB sentence TAB kinds</c>, kinds
/// comma-separated or "-" for none; lines starting with "#" are comments.
/// </summary>
internal static class StatementTable
{
    public static IReadOnlyList<StatementCase> Read(string fileName)
    {
        var cases = new List<StatementCase>();
        var lines = File.ReadAllLines(Fixtures.Path("Statements", fileName));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new FormatException($"{fileName}:{i + 1}: expected 3 tab-separated columns, found {columns.Length}.");
            }

            cases.Add(new StatementCase(i + 1, columns[0].Trim(), columns[1].Trim(), ParseKinds(columns[2])));
        }

        return cases;
    }

    private static HashSet<StatementKind> ParseKinds(string column) =>
        column.Trim() == "-"
            ? []
            : column.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(kind => Enum.Parse<StatementKind>(kind, ignoreCase: true))
                .ToHashSet();
}
