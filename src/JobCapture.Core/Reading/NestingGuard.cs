using System.Collections.Frozen;
using System.Text;

namespace JobCapture.Core.Reading;

/// <summary>
/// Flattens absurdly deep markup before AngleSharp sees it. The HTML parser checks the stack of open elements for
/// most start tags ("is a p in button scope?"), so its cost grows with depth times elements: 200,000 nested divs
/// take minutes. A linear pre-scan estimates the nesting; only when it is beyond any real page does a second pass
/// drop the tags past the limit, keeping their text.
/// </summary>
internal static class NestingGuard
{
    // Elements whose end tag may be left out, or that never have one: counting them would make ordinary pages look
    // deep ("<p>one<p>two" is two siblings, not a nest).
    private static readonly FrozenSet<string> NotCounted = new[]
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr", "param", "keygen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Their content is raw text, in which '<' is not markup.
    private static readonly FrozenSet<string> RawText = new[]
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCountedSpan = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextSpan = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> TagEndOrQuote = System.Buffers.SearchValues.Create(">\"'");

    public static string Flatten(string html, int maxDepth)
    {
        var limit = Math.Max(maxDepth * 2, 64);
        return MaxNesting(html) <= limit ? html : DropTagsBeyond(html, limit);
    }

    private static int MaxNesting(string html)
    {
        var depth = 0;
        var max = 0;
        var tags = new TagScanner(html);
        while (tags.Next() is { } tag)
        {
            if (NotCountedSpan.Contains(html.AsSpan(tag.NameStart, tag.NameLength)) || tag.SelfClosing)
            {
                continue;
            }

            depth = Math.Max(0, depth + (tag.IsEnd ? -1 : 1));
            max = Math.Max(max, depth);
        }

        return max;
    }

    private static string DropTagsBeyond(string html, int limit)
    {
        var output = new StringBuilder(html.Length);
        var depth = 0;
        var copied = 0;
        var tags = new TagScanner(html);
        while (tags.Next() is { } tag)
        {
            if (NotCountedSpan.Contains(html.AsSpan(tag.NameStart, tag.NameLength)) || tag.SelfClosing)
            {
                continue;
            }

            var drop = tag.IsEnd ? depth > limit : depth >= limit;
            depth = Math.Max(0, depth + (tag.IsEnd ? -1 : 1));
            if (drop)
            {
                output.Append(html, copied, tag.Start - copied);
                copied = tag.End;
            }
        }

        return output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The start and end tags of the markup, with comments, declarations and raw text skipped. A struct
    /// rather than an iterator: the guard runs over every page, and most pages have tens of thousands of tags.</summary>
    private struct TagScanner(string html)
    {
        private int _at = html.IndexOf('<', StringComparison.Ordinal);

        public Tag? Next()
        {
            var i = _at;
            while (i >= 0 && i < html.Length - 1)
            {
                Tag? found = null;
                if (html[i + 1] == '!' && html.AsSpan(i).StartsWith("<!--"))
                {
                    i = SkipPast(html, i + 4, "-->");
                }
                else if (html[i + 1] is '!' or '?')
                {
                    i = SkipPast(html, i + 2, ">");
                }
                else if (ReadTag(html, i) is { } tag)
                {
                    found = tag;
                    i = !tag.IsEnd && RawTextSpan.Contains(html.AsSpan(tag.NameStart, tag.NameLength)) ? SkipPast(html, tag.End, string.Concat("</", html.AsSpan(tag.NameStart, tag.NameLength))) : tag.End;
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
    }

    private static Tag? ReadTag(string html, int start)
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

        var end = TagEnd(html, nameEnd);
        var selfClosing = end >= 2 && html[end - 2] == '/';
        return new Tag(nameStart, nameEnd - nameStart, isEnd, selfClosing, start, end);
    }

    /// <summary>The index after the tag's '>', jumping over quoted attribute values that may hold '>'.</summary>
    private static int TagEnd(string html, int i)
    {
        while (i < html.Length)
        {
            var next = html.AsSpan(i).IndexOfAny(TagEndOrQuote);
            if (next < 0)
            {
                return html.Length;
            }

            i += next;
            if (html[i] == '>')
            {
                return i + 1;
            }

            var close = html.IndexOf(html[i], i + 1);
            i = close < 0 ? html.Length : close + 1;
        }

        return html.Length;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }

    private readonly record struct Tag(int NameStart, int NameLength, bool IsEnd, bool SelfClosing, int Start, int End);
}
