using System.Buffers;

namespace JobCapture.Core.Reading;

/// <summary>
/// Finds the data-* and aria-* attributes of a start tag that the reader never looks at. Front-end frameworks hang
/// kilobytes of state on them (a fifth of what remains of a page once scripts are cut), and the parser would copy
/// every character into the tree. Only a tag written plainly (names, '=', quoted or simple values) is touched: where
/// the tokenizer's error handling could read it differently, the tag is left whole.
/// </summary>
internal static class AttributeCutter
{
    private static readonly SearchValues<char> NameEnd = SearchValues.Create(" \t\n\r\f/>=\"'<");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create(" \t\n\r\f>\"'<=`");

    /// <summary>Fills <paramref name="cuts"/> with the ranges of the unread attributes of <paramref name="tag"/>, in
    /// order; leaves it empty when there are none or the tag is not written plainly.</summary>
    public static void Cut(string html, Tag tag, PageMarkup markup, List<Range> cuts)
    {
        cuts.Clear();
        var body = html.AsSpan(tag.Start, tag.End - tag.Start);
        if (!body.Contains("data-", StringComparison.Ordinal) && !body.Contains("aria-", StringComparison.Ordinal))
        {
            return;
        }

        var at = tag.NameStart + tag.NameLength;
        while (ReadAttribute(html, at, tag.End - 1) is { } attribute)
        {
            if (IsUnread(html.AsSpan(attribute.NameStart, attribute.NameLength), markup))
            {
                cuts.Add(at..attribute.End);
            }

            at = attribute.End;
        }

        if (!EndsPlainly(html, at, tag.End - 1))
        {
            cuts.Clear();
        }
    }

    private static bool IsUnread(ReadOnlySpan<char> name, PageMarkup markup) =>
        (name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase))
        && !markup.ReadsAttribute(name);

    /// <summary>One attribute after white space: a name, then optionally '=' and a value. Null where the tag ends or
    /// something other than a plain attribute follows.</summary>
    private static Attribute? ReadAttribute(string html, int at, int close)
    {
        var nameStart = TagScanner.SkipWhiteSpace(html, at, close);
        if (nameStart == at || nameStart >= close)
        {
            return null;
        }

        var nameEnd = EndOf(html, nameStart, close, NameEnd);
        if (nameEnd == nameStart || html[nameEnd] is '"' or '\'' or '<')
        {
            return null;
        }

        var afterName = TagScanner.SkipWhiteSpace(html, nameEnd, close);
        if (afterName >= close || html[afterName] != '=')
        {
            return new Attribute(nameStart, nameEnd - nameStart, nameEnd);
        }

        var valueStart = TagScanner.SkipWhiteSpace(html, afterName + 1, close);
        if (valueStart >= close)
        {
            return null;
        }

        var valueEnd = html[valueStart] is '"' or '\''
            ? html.IndexOf(html[valueStart], valueStart + 1) + 1
            : EndOf(html, valueStart, close, UnquotedValueEnd);
        return valueEnd <= valueStart || valueEnd > close || (valueEnd < close && html[valueEnd] is '"' or '\'' or '<' or '=' or '`')
            ? null
            : new Attribute(nameStart, nameEnd - nameStart, valueEnd);
    }

    /// <summary>After the last attribute only white space and an optional '/' may stand before the '>'.</summary>
    private static bool EndsPlainly(string html, int at, int close)
    {
        var rest = html.AsSpan(TagScanner.SkipWhiteSpace(html, at, close)..close);
        return html[close] == '>' && (rest.IsEmpty || rest is "/");
    }

    private static int EndOf(string html, int at, int close, SearchValues<char> stops)
    {
        var found = html.AsSpan(at, close - at).IndexOfAny(stops);
        return found < 0 ? close : at + found;
    }

    private readonly record struct Attribute(int NameStart, int NameLength, int End);
}
