using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace JobCapture.Core.Reading;

/// <summary>
/// One linear pass over the markup before AngleSharp sees it, for two reasons.
/// <list type="bullet">
/// <item>Depth: the HTML parser checks the stack of open elements for most start tags ("is a p in button scope?"), so
///   its cost grows with depth times elements, and 200,000 nested divs take minutes. Only when the nesting is beyond
///   any real page does a second pass drop the tags past the limit, keeping their text.</item>
/// <item>Weight: the bodies of scripts, style sheets and inline SVG drawings are about half of a real page's bytes,
///   and the reader skips all of them (it keeps only JSON-LD scripts); comments, indentation and framework state in
///   data-* attributes (<see cref="AttributeCutter"/>) are most of the rest of what it never reads. Cutting them out before the parse saves a quarter of its time and leaves the tree the
///   reader walks as it was: the elements stay, empty, and indentation stays as one white-space character.</item>
/// </list>
/// A body is cut only where the parser would end it at the same place: a script whose body holds "&lt;!--" can be
/// ended by a later "&lt;/script>" (the tokenizer's escaped states), and an SVG that holds an HTML tag such as div
/// or p is left by the parser there, so both stay untouched.
/// </summary>
internal static class MarkupPrescan
{
    // Elements whose end tag may be left out, or that never have one: counting them would make ordinary pages look
    // deep ("<p>one<p>two" is two siblings, not a nest).
    private static readonly FrozenSet<string> NotCounted = new[]
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr", "param", "keygen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Start tags that make the parser leave SVG content for HTML: the "breakout" list of the HTML standard's rules for
    // foreign content.
    private static readonly FrozenSet<string> LeavesSvg = new[]
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);


    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCountedSpan = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeavesSvgSpan = LeavesSvg.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The markup to parse: <paramref name="html"/> without the bodies the reader never reads, and flattened
    /// beyond twice <paramref name="maxDepth"/> levels. Dispose it once parsed.</summary>
    public static PreparedMarkup Prepare(string html, int maxDepth, PageMarkup markup)
    {
        var limit = Math.Max(maxDepth * 2, 64);
        var (cuts, nesting) = Scan(html, markup);
        if (nesting > limit)
        {
            return PreparedMarkup.Of(DropTagsBeyond(cuts.Count == 0 ? html : Cut(html, cuts), limit));
        }

        return cuts.Count == 0 ? PreparedMarkup.Of(html) : CutIntoBuffer(html, cuts);
    }

    private static (List<Range> Cuts, int Nesting) Scan(string html, PageMarkup markup)
    {
        var cuts = new List<Range>();
        var svg = new SvgTracker();
        var depth = 0;
        var max = 0;
        var previousEnd = 0;
        var tags = new TagScanner(html);
        while (tags.Next() is { } tag)
        {
            if (svg.Track(html, tag) is { } drawing)
            {
                cuts.Add(drawing);
            }
            else if (!svg.Inside)
            {
                CutWhiteSpaceRun(html, previousEnd, tag.Start, cuts);
                if (!tag.IsEnd && !tag.IsComment)
                {
                    AttributeCutter.Cut(html, tag, markup, cuts);
                }

                CutUnread(html, tag, cuts);
            }

            previousEnd = tag.IsRawText ? tag.BodyEnd : tag.End;
            if (Counts(html, tag))
            {
                depth = Math.Max(0, depth + (tag.IsEnd ? -1 : 1));
                max = Math.Max(max, depth);
            }
        }

        return (cuts, max);
    }

    /// <summary>Comments, style sheets and scripts that are not JSON-LD go; a script stays when it could confuse the
    /// tokenizer about where it ends.</summary>
    private static void CutUnread(string html, Tag tag, List<Range> cuts)
    {
        if (tag.IsComment)
        {
            if (tag.IsClosed)
            {
                cuts.Add(tag.Start..tag.End);
            }

            return;
        }

        if (!tag.IsRawText || tag.BodyEnd <= tag.End)
        {
            return;
        }

        var body = html.AsSpan(tag.End, tag.BodyEnd - tag.End);
        if (tag.Is(html, "style")
            || (tag.Is(html, "script")
                && !html.AsSpan(tag.Start, tag.End - tag.Start).Contains("ld+json", StringComparison.OrdinalIgnoreCase)
                && !body.Contains("<!--", StringComparison.Ordinal)))
        {
            cuts.Add(tag.End..tag.BodyEnd);
        }
    }

    /// <summary>Indentation between tags becomes one space: the parser treats any run of HTML white space alike, and the
    /// reader collapses it as a browser does, but every character of it costs the tokenizer.</summary>
    private static void CutWhiteSpaceRun(string html, int from, int to, List<Range> cuts)
    {
        if (to - from >= 2 && html.AsSpan(from, to - from).IndexOfAnyExcept(TagScanner.HtmlWhiteSpace) < 0)
        {
            cuts.Add((from + 1)..to);
        }
    }

    private static bool Counts(string html, Tag tag) =>
        !tag.IsComment && !tag.SelfClosing && !NotCountedSpan.Contains(tag.Name(html)) && !TagScanner.IsRawTextElement(tag.Name(html));

    /// <summary>The kept markup in a pooled buffer: a page is often a megabyte, and a string that size is allocated on
    /// the large object heap, whose collections would cost more than the cut saves.</summary>
    private static PreparedMarkup CutIntoBuffer(string html, List<Range> cuts)
    {
        var length = html.Length;
        foreach (var cut in cuts)
        {
            length -= cut.GetOffsetAndLength(html.Length).Length;
        }

        var buffer = ArrayPool<char>.Shared.Rent(length);
        var written = 0;
        var copied = 0;
        foreach (var cut in cuts)
        {
            var (start, cutLength) = cut.GetOffsetAndLength(html.Length);
            html.AsSpan(copied, start - copied).CopyTo(buffer.AsSpan(written));
            written += start - copied;
            copied = start + cutLength;
        }

        html.AsSpan(copied).CopyTo(buffer.AsSpan(written));
        return PreparedMarkup.Pooled(buffer, length);
    }

    private static string Cut(string html, List<Range> cuts)
    {
        var output = new StringBuilder(html.Length);
        var copied = 0;
        foreach (var cut in cuts)
        {
            var (start, length) = cut.GetOffsetAndLength(html.Length);
            output.Append(html, copied, start - copied);
            copied = start + length;
        }

        return output.Append(html, copied, html.Length - copied).ToString();
    }

    private static string DropTagsBeyond(string html, int limit)
    {
        var output = new StringBuilder(html.Length);
        var depth = 0;
        var copied = 0;
        var tags = new TagScanner(html);
        while (tags.Next() is { } tag)
        {
            if (!Counts(html, tag))
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

    /// <summary>Inside SVG a style or script body is markup, not raw text as the scanner read it: one holding a '&lt;'
    /// may hold a tag that leaves the drawing.</summary>
    private static bool HidesMarkup(string html, Tag tag) =>
        tag.IsRawText && html.AsSpan(tag.End, tag.BodyEnd - tag.End).Contains('<');

    /// <summary>Follows outermost &lt;svg> elements; yields the body of one that closes with nothing but SVG inside.</summary>
    private struct SvgTracker
    {
        private int _depth;
        private int _bodyStart;
        private bool _leftForHtml;

        public readonly bool Inside => _depth > 0;

        public Range? Track(string html, Tag tag)
        {
            if (!tag.Is(html, "svg"))
            {
                _leftForHtml |= Inside && !tag.IsEnd && (LeavesSvgSpan.Contains(tag.Name(html)) || HidesMarkup(html, tag));
                return null;
            }

            if (!tag.IsEnd && !tag.SelfClosing)
            {
                (_bodyStart, _leftForHtml) = _depth == 0 ? (tag.End, false) : (_bodyStart, _leftForHtml);
                _depth++;
            }
            else if (tag.IsEnd && _depth > 0 && --_depth == 0 && !_leftForHtml)
            {
                return _bodyStart..tag.Start;
            }

            return null;
        }
    }
}
