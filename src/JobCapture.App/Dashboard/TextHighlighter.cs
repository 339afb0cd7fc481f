namespace JobCapture.App.Dashboard;

/// <summary>Cuts the analysed text into plain and highlighted pieces so the view can wrap evidence in
/// <c>&lt;mark&gt;</c> while Razor still HTML-encodes every piece.</summary>
public static class TextHighlighter
{
    public static IReadOnlyList<(string Text, bool Highlighted)> Segments(string text, IEnumerable<(int Start, int End)> spans)
    {
        var segments = new List<(string, bool)>();
        var position = 0;
        foreach (var (start, end) in Merge(spans, text.Length))
        {
            if (start > position)
            {
                segments.Add((text[position..start], false));
            }

            segments.Add((text[start..end], true));
            position = end;
        }

        if (position < text.Length)
        {
            segments.Add((text[position..], false));
        }

        return segments;
    }

    private static IEnumerable<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans, int length)
    {
        var ordered = spans
            .Select(s => (Start: Math.Clamp(s.Start, 0, length), End: Math.Clamp(s.End, 0, length)))
            .Where(s => s.End > s.Start)
            .OrderBy(s => s.Start);
        (int Start, int End)? current = null;
        foreach (var span in ordered)
        {
            if (current is { } open && span.Start <= open.End)
            {
                current = (open.Start, Math.Max(open.End, span.End));
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = span;
        }

        if (current is { } last)
        {
            yield return last;
        }
    }
}
