namespace JobCapture.Core.Tests.Contacts;

/// <summary>Precision and recall per contact kind over lines, and contacts invented on lines that have none.</summary>
internal sealed class ContactScore
{
    private readonly Dictionary<string, (int TruePositive, int FalsePositive, int FalseNegative)> _byKind = [];

    public int InventedOnEmptyLines { get; private set; }

    public void Add(IReadOnlyList<string> expected, IReadOnlyList<string> found)
    {
        if (expected.Count == 0)
        {
            InventedOnEmptyLines += found.Count;
        }

        foreach (var kind in expected.Concat(found).Select(KindOf).Distinct())
        {
            var wanted = expected.Where(e => KindOf(e) == kind).ToHashSet();
            var got = found.Where(f => KindOf(f) == kind).ToHashSet();
            var (tp, fp, fn) = _byKind.GetValueOrDefault(kind);
            _byKind[kind] = (tp + got.Count(wanted.Contains), fp + got.Count(g => !wanted.Contains(g)), fn + wanted.Count(w => !got.Contains(w)));
        }
    }

    public double Precision(string kind)
    {
        var (tp, fp, _) = _byKind.GetValueOrDefault(kind);
        return tp + fp == 0 ? 1 : (double)tp / (tp + fp);
    }

    public double Recall(string kind)
    {
        var (tp, _, fn) = _byKind.GetValueOrDefault(kind);
        return tp + fn == 0 ? 1 : (double)tp / (tp + fn);
    }

    public string Summary() =>
        string.Join(Environment.NewLine, _byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k =>
            $"{k.Key}: precision {Precision(k.Key):0.000} recall {Recall(k.Key):0.000} (tp {k.Value.TruePositive}, fp {k.Value.FalsePositive}, fn {k.Value.FalseNegative})"))
        + $"{Environment.NewLine}contacts invented on lines without any: {InventedOnEmptyLines}";

    private static string KindOf(string key) => key[..key.IndexOf(':')];
}
