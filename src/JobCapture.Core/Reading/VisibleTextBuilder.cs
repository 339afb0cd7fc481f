using System.Text;
using Microsoft.Extensions.ObjectPool;

namespace JobCapture.Core.Reading;

/// <summary>
/// Accumulates the text a reader sees: white space collapsed as a browser does, one '\n' at each block boundary,
/// invisible format characters dropped, and the offsets of links and obfuscated addresses.
/// </summary>
internal sealed class VisibleTextBuilder(int maxLength)
{
    private const int SpareCapacity = 1 << 18;

    // Builders are pooled and reused once finished: with its capacity kept the text is one chunk, so indexing it is
    // cheap, and no chunks are allocated while the page's tree is alive. One grown past SpareCapacity is let go.
    private static readonly ObjectPool<StringBuilder> Builders =
        new DefaultObjectPoolProvider().CreateStringBuilderPool(initialCapacity: 4096, maximumRetainedCapacity: SpareCapacity);

    private readonly StringBuilder _text = Builders.Get();
    private readonly List<PageAnchor> _anchors = [];
    private readonly Stack<(string Href, string? CloudflareEmail, int Start)> _openAnchors = new();
    private char _last;

    public IReadOnlyList<PageAnchor> Anchors => _anchors;

    public int Length => _text.Length;

    /// <summary>Characters appended while a link was open: link-heavy blocks are navigation, not prose.</summary>
    public int LinkCharacters { get; private set; }

    public bool IsFull => _text.Length >= maxLength;

    public void AppendInline(string data)
    {
        var before = _text.Length;
        var i = 0;
        while (i < data.Length && !IsFull)
        {
            if (char.IsWhiteSpace(data[i]))
            {
                if (_last is not ('\0' or ' ' or '\n'))
                {
                    Append(' ');
                }

                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < data.Length && !char.IsWhiteSpace(data[runEnd]) && !IsInvisibleFormatCharacter(data[runEnd]))
            {
                runEnd++;
            }

            var take = Math.Min(runEnd - i, maxLength - _text.Length);
            if (take > 0)
            {
                _text.Append(data, i, take);
                _last = data[i + take - 1];
            }

            // A format character ends a run without being copied.
            i = runEnd == i ? i + 1 : runEnd;
        }

        if (_openAnchors.Count > 0)
        {
            LinkCharacters += _text.Length - before;
        }
    }

    public void BreakBlock()
    {
        if (_last == ' ')
        {
            _text.Length--;
            _last = _text.Length > 0 ? _text[^1] : '\0';
        }

        if (_last is not ('\0' or '\n'))
        {
            Append('\n');
        }
    }

    public void BeginAnchor(string href, string? cloudflareEmail) => _openAnchors.Push((href, cloudflareEmail, _text.Length));

    public void EndAnchor()
    {
        if (_openAnchors.Count == 0)
        {
            return;
        }

        var (href, cloudflareEmail, start) = _openAnchors.Pop();
        var (trimmedStart, trimmedEnd) = Trim(start, _text.Length);
        _anchors.Add(new PageAnchor(href, cloudflareEmail, _text.ToString(trimmedStart, trimmedEnd - trimmedStart), trimmedStart, trimmedEnd));
    }

    /// <summary>The text between two earlier lengths, on one line, for a field value.</summary>
    public string Slice(int start, int end, int maxChars)
    {
        var (from, to) = Trim(start, Math.Min(end, _text.Length));
        var slice = _text.ToString(from, Math.Min(to - from, maxChars));
        return slice.Contains('\n', StringComparison.Ordinal) ? slice.Replace('\n', ' ') : slice;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The text; the builder must not be used after this.</summary>
    public string Finish()
    {
        var text = _text.ToString();
        Builders.Return(_text);
        return text;
    }

    private void Append(char c)
    {
        _text.Append(c);
        _last = c;
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    // Zero-width spaces and joiners, the byte-order mark and soft hyphens are in the markup but not in what a reader
    // sees; left in, they split words ("pho\u00ADne") and break phrase matching.
    private static bool IsInvisibleFormatCharacter(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
