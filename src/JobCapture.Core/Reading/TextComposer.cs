using System.Text;

namespace JobCapture.Core.Reading;

/// <summary>Builds the analysed text from the chosen ranges of the visible text, each its own block, keeping every
/// anchor that falls inside them with its offsets moved to match.</summary>
internal sealed class TextComposer(int maxLength)
{
    private readonly StringBuilder _text = new();
    private readonly List<PageAnchor> _anchors = [];

    public void AppendBlock(string block) => AppendBlock(block, new TextRange(0, block.Length), []);

    public void AppendBlock(string source, TextRange range, IReadOnlyList<PageAnchor> anchors)
    {
        var slice = source.AsSpan(range.Start, range.Length).Trim();
        if (slice.IsEmpty || _text.Length >= maxLength)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        var leading = source.AsSpan(range.Start, range.Length).Length - source.AsSpan(range.Start, range.Length).TrimStart().Length;
        var sourceStart = range.Start + leading;
        var shift = _text.Length - sourceStart;
        var take = Math.Min(slice.Length, maxLength - _text.Length);
        _text.Append(slice[..take]);
        foreach (var anchor in anchors)
        {
            if (anchor.Start >= sourceStart && anchor.End <= sourceStart + take)
            {
                _anchors.Add(anchor with { Start = anchor.Start + shift, End = anchor.End + shift });
            }
        }
    }

    public bool Contains(string probe) => probe.Length > 0 && _text.ToString().Contains(probe, StringComparison.Ordinal);

    public string Text => _text.ToString();

    public IReadOnlyList<PageAnchor> Anchors => _anchors;
}
