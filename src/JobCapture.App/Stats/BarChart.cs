using System.Globalization;

namespace JobCapture.App.Stats;

/// <summary>A bar chart drawn as inline SVG by the server; <see cref="Description"/> is its text alternative.</summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<ChartBar> Bars)
{
    public const int Width = 640;
    public const int LabelWidth = 150;
    public const int BarHeight = 22;
    public const int Gap = 6;

    public int Height => Bars.Count * (BarHeight + Gap) + Gap;

    public string Description => string.Join("; ", Bars.Select(b => $"{b.Label}: {b.Value.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The bar's length in pixels, scaled to the largest value and leaving room for the figure.</summary>
    public int LengthOf(ChartBar bar)
    {
        var max = Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
        return max == 0 ? 0 : (int)Math.Round((Width - LabelWidth - 60) * (double)bar.Value / max);
    }

    public int TopOf(int index) => Gap + index * (BarHeight + Gap);
}

public sealed record ChartBar(string Label, int Value);
