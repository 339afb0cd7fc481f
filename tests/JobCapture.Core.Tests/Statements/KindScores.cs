using System.Globalization;
using System.Text;
using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

public sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>True and false positives and negatives per statement kind, and their micro-average.</summary>
internal sealed class KindScores
{
    private readonly Dictionary<StatementKind, int[]> _counts = Enum.GetValues<StatementKind>().ToDictionary(k => k, _ => new int[3]);

    public Counts Micro => new(_counts.Values.Sum(c => c[0]), _counts.Values.Sum(c => c[1]), _counts.Values.Sum(c => c[2]));

    public void Add(IReadOnlySet<StatementKind> expected, IReadOnlySet<StatementKind> found)
    {
        foreach (var kind in Enum.GetValues<StatementKind>())
        {
            var slot = (expected.Contains(kind), found.Contains(kind)) switch
            {
                (true, true) => 0,
                (false, true) => 1,
                (true, false) => 2,
                _ => -1,
            };
            if (slot >= 0)
            {
                _counts[kind][slot]++;
            }
        }
    }

    public Counts For(StatementKind kind) => new(_counts[kind][0], _counts[kind][1], _counts[kind][2]);

    /// <summary>How many sentences state <paramref name="kind"/>: true positives and false negatives.</summary>
    public int Examples(StatementKind kind) => _counts[kind][0] + _counts[kind][2];

    public string Report()
    {
        var report = new StringBuilder();
        report.AppendLine("kind               tp   fp   fn  precision  recall  f1");
        foreach (var kind in Enum.GetValues<StatementKind>())
        {
            Append(report, kind.ToString(), For(kind));
        }

        Append(report, "micro", Micro);
        return report.ToString();
    }

    private static void Append(StringBuilder report, string name, Counts c) =>
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-17} {c.TruePositives,4} {c.FalsePositives,4} {c.FalseNegatives,4}  {c.Precision,9:F3}  {c.Recall,6:F3}  {c.F1:F3}");
}

/// <summary>Kind scores over all sentences and per language.</summary>
internal sealed class LanguageScores
{
    private readonly SortedDictionary<string, KindScores> _byLanguage = new(StringComparer.Ordinal);

    public KindScores Overall { get; } = new();

    public IReadOnlyDictionary<string, KindScores> ByLanguage => _byLanguage;

    public void Add(string language, IReadOnlySet<StatementKind> expected, IReadOnlySet<StatementKind> found)
    {
        Overall.Add(expected, found);
        if (!_byLanguage.TryGetValue(language, out var scores))
        {
            _byLanguage[language] = scores = new KindScores();
        }

        scores.Add(expected, found);
    }

    public string Report()
    {
        var report = new StringBuilder(Overall.Report());
        report.AppendLine("language           tp   fp   fn  precision  recall  f1");
        foreach (var (language, scores) in _byLanguage)
        {
            var c = scores.Micro;
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{language,-17} {c.TruePositives,4} {c.FalsePositives,4} {c.FalseNegatives,4}  {c.Precision,9:F3}  {c.Recall,6:F3}  {c.F1:F3}");
        }

        return report.ToString();
    }
}
