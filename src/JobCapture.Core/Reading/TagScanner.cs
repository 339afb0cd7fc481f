using System.Buffers;

namespace JobCapture.Core.Reading;

/// <summary>
/// The start and end tags and the comments of HTML markup, in order, with declarations skipped and the bodies of
/// raw-text elements (script, style …) stepped over, since a '&lt;' inside them is not markup. A struct rather than an
/// iterator: the pre-scan runs over every page, and most pages have tens of thousands of tags.
/// </summary>
internal struct TagScanner(string html)
{
    private static readonly SearchValues<char> UnquotedValueStops = SearchValues.Create(" \t\n\r\f>");

    /// <summary>White space as the HTML tokenizer knows it (not the non-breaking space).</summary>
    private static readonly SearchValues<char> HtmlWhiteSpace = SearchValues.Create(" \t\n\r\f");

    /// <summary>The first index from <paramref name="at"/> that is not white space as the HTML tokenizer knows it (the
    /// non-breaking space is not), or <paramref name="limit"/>.</summary>
    public static int SkipWhiteSpace(string html, int at, int limit)
    {
        var found = html.AsSpan(at, limit - at).IndexOfAnyExcept(HtmlWhiteSpace);
        return found < 0 ? limit : at + found;
    }

    private int _at = html.IndexOf('<', StringComparison.Ordinal);

    public Tag? Next()
    {
        var i = _at;
        while (i >= 0 && i < html.Length - 1)
        {
            Tag? found = null;
            if (html[i + 1] == '!' && html.AsSpan(i).StartsWith("<!--"))
            {
                found = ReadComment(i);
                i = found.Value.End;
            }
            else if (html[i + 1] is '!' or '?')
            {
                i = SkipPast(i + 2, ">");
            }
            else if (ReadTag(i) is { } tag)
            {
                found = !tag.IsEnd && tag.Has(TagTraits.RawText) ? WithRawBody(tag) : tag;
                i = found.Value.IsRawText ? found.Value.BodyEnd : tag.End;
            }
            else
            {
                i++;
            }

            i = i < html.Length ? html.IndexOf('<', i) : -1;
            if (found is not null)
            {
                _at = i;
                return found;
            }
        }

        _at = -1;
        return null;
    }

    /// <summary>A comment ends at the first "-->" or "--!>", or at once as "&lt;!-->" or "&lt;!--->" (the tokenizer's
    /// abrupt closings); one left open runs to the end of the markup.</summary>
    private readonly Tag ReadComment(int start)
    {
        var body = start + 4;
        var end = html.AsSpan(body).StartsWith(">") ? body + 1
            : html.AsSpan(body).StartsWith("->") ? body + 2
            : CommentEnd(body);
        return new Tag(start, 0, IsEnd: false, SelfClosing: false, start, end < 0 ? html.Length : end) { IsComment = true, IsClosed = end >= 0 };
    }

    private readonly int CommentEnd(int from)
    {
        for (var at = html.IndexOf("--", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("--", at + 1, StringComparison.Ordinal))
        {
            var rest = html.AsSpan(at + 2);
            if (rest.StartsWith(">"))
            {
                return at + 3;
            }

            if (rest.StartsWith("!>"))
            {
                return at + 4;
            }
        }

        return -1;
    }

    /// <summary>A raw-text element's body runs to the first "&lt;/name" that the tokenizer takes as its end tag: one
    /// followed by white space, '/' or '>' (so "&lt;/scripts" does not end a script).</summary>
    private readonly Tag WithRawBody(Tag tag)
    {
        var name = tag.Name(html);
        for (var at = html.IndexOf("</", tag.End, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
        {
            var after = at + 2 + name.Length;
            if (html.AsSpan(at + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || html[after] is '>' or '/' || char.IsWhiteSpace(html[after])))
            {
                return tag with { IsRawText = true, BodyEnd = at };
            }
        }

        return tag with { IsRawText = true, BodyEnd = html.Length };
    }

    private readonly Tag? ReadTag(int start)
    {
        var isEnd = html[start + 1] == '/';
        var nameStart = start + (isEnd ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || (nameEnd > nameStart && html[nameEnd] == '-')))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            return null;
        }

        var end = TagEnd(nameEnd);
        var selfClosing = end >= 2 && html[end - 2] == '/';
        return new Tag(nameStart, nameEnd - nameStart, isEnd, selfClosing, start, end)
        {
            Traits = TagNames.TraitsOf(html.AsSpan(nameStart, nameEnd - nameStart)),
        };
    }

    /// <summary>The index after the tag's '>'. As in the tokenizer, a quote opens a value only right after '=' (white
    /// space between allowed); anywhere else it is an ordinary character, so a stray quote in an attribute name
    /// (<c>&lt;link "="" href=…></c>, seen on real pages) does not run the tag on through the page.</summary>
    private readonly int TagEnd(int i)
    {
        while (i < html.Length)
        {
            var next = html.AsSpan(i).IndexOfAny('>', '=');
            if (next < 0)
            {
                return html.Length;
            }

            i += next;
            if (html[i] == '>')
            {
                return i + 1;
            }

            var value = SkipWhiteSpace(html, i + 1, html.Length);
            i = value < html.Length && html[value] is '"' or '\''
                ? ClosingQuote(value)
                : UnquotedValueEnd(value);
        }

        return html.Length;
    }

    private readonly int ClosingQuote(int open)
    {
        var close = html.IndexOf(html[open], open + 1);
        return close < 0 ? html.Length : close + 1;
    }

    private readonly int UnquotedValueEnd(int start)
    {
        var end = html.AsSpan(start).IndexOfAny(UnquotedValueStops);
        return end < 0 ? html.Length : start + end;
    }

    private readonly int SkipPast(int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}

/// <summary>A tag or comment found by <see cref="TagScanner"/>: its name, and for a raw-text element where its body ends
/// (the body starts at <see cref="End"/>).</summary>
internal readonly record struct Tag(int NameStart, int NameLength, bool IsEnd, bool SelfClosing, int Start, int End)
{
    public bool IsComment { get; init; }

    /// <summary>For a comment: whether it was closed before the end of the markup.</summary>
    public bool IsClosed { get; init; }

    public bool IsRawText { get; init; }

    public TagTraits Traits { get; init; }

    public bool Has(TagTraits trait) => (Traits & trait) != 0;

    public int BodyEnd { get; init; }

    public ReadOnlySpan<char> Name(string html) => html.AsSpan(NameStart, NameLength);
}
