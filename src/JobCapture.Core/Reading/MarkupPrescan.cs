using System.Buffers;
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
    /// <summary>The markup to parse: <paramref name="html"/> without the bodies the reader never reads, and flattened
    /// beyond twice <paramref name="maxDepth"/> levels. Dispose it once parsed.</summary>
    public static PreparedMarkup Prepare(string html, int maxDepth, PageMarkup markup)
    {
        var limit = Math.Max(maxDepth * 2, 64);
        var kept = new KeptMarkup(html);
        var nesting = Scan(html, markup, kept);
        var prepared = kept.Finish();
        if (nesting <= limit)
        {
            return prepared;
        }

        using (prepared)
        {
            return PreparedMarkup.Of(DropTagsBeyond(prepared.Span.ToString(), limit));
        }
    }

    /// <summary>Walks the tags once, cutting as it goes; returns the deepest nesting seen.</summary>
    private static int Scan(string html, PageMarkup markup, KeptMarkup kept)
    {
        var attributeCuts = new List<Range>();
        var svg = new SvgTracker();
        var unread = new UnreadSubtree(markup);
        var depth = 0;
        var max = 0;
        var previousEnd = 0;
        var tags = new TagScanner(html);
        while (tags.Next() is { } tag)
        {
            if (svg.Track(html, tag) is { } drawing)
            {
                kept.Cut(drawing);
            }
            else if (!svg.Inside)
            {
                CutWhiteSpaceRun(html, previousEnd, tag.Start, kept);
                CutUnread(html, tag, markup, kept, attributeCuts);
            }

            FollowUnreadElement(unread.Track(html, tag, svg.Inside), kept);

            previousEnd = tag.IsRawText ? tag.BodyEnd : tag.End;
            if (Counts(html, tag))
            {
                depth = Math.Max(0, depth + (tag.IsEnd ? -1 : 1));
                max = Math.Max(max, depth);
            }
        }

        kept.Release(cutInstead: null);
        return max;
    }

    /// <summary>Cuts made inside an element the reader never looks into are held until its end: then its whole body
    /// goes instead, or, when it is not plainly nested, the held cuts are made.</summary>
    private static void FollowUnreadElement(TrackedBody tracked, KeptMarkup kept)
    {
        switch (tracked.Kind)
        {
            case TrackedBodyKind.Started:
                kept.Hold();
                break;
            case TrackedBodyKind.Cut:
                kept.Release(cutInstead: tracked.Body);
                break;
            case TrackedBodyKind.Kept:
                kept.Release(cutInstead: null);
                break;
        }
    }

    /// <summary>Comments, links other than the canonical one and microdata, unread attributes, style sheets and
    /// scripts that are not JSON-LD go; a script stays when it could confuse the tokenizer about where it ends.</summary>
    private static void CutUnread(string html, Tag tag, PageMarkup markup, KeptMarkup kept, List<Range> attributeCuts)
    {
        if (tag.IsComment)
        {
            if (tag.IsClosed)
            {
                kept.Cut(tag.Start..tag.End);
            }

            return;
        }

        if (tag.IsEnd)
        {
            return;
        }

        if (IsUnreadLink(html, tag))
        {
            kept.Cut(tag.Start..tag.End);
            return;
        }

        AttributeCutter.Cut(html, tag, markup, attributeCuts);
        foreach (var cut in attributeCuts)
        {
            kept.Cut(cut);
        }

        if (IsUnreadBody(html, tag))
        {
            kept.Cut(tag.End..tag.BodyEnd);
        }
    }

    /// <summary>Style sheets, preloads and icons: every &lt;link> but the canonical URL and microdata. The parser
    /// resolves each one's URL as it builds the element.</summary>
    private static bool IsUnreadLink(string html, Tag tag)
    {
        var text = html.AsSpan(tag.Start, tag.End - tag.Start);
        return tag.Has(TagTraits.Link)
            && !text.Contains("canonical", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("itemprop", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUnreadBody(string html, Tag tag)
    {
        if (!tag.IsRawText || tag.BodyEnd <= tag.End)
        {
            return false;
        }

        return tag.Has(TagTraits.Style)
            || (tag.Has(TagTraits.Script)
                && !html.AsSpan(tag.Start, tag.End - tag.Start).Contains("ld+json", StringComparison.OrdinalIgnoreCase)
                && !html.AsSpan(tag.End, tag.BodyEnd - tag.End).Contains("<!--", StringComparison.Ordinal));
    }

    /// <summary>Indentation between tags becomes one white-space character: the parser treats any run of HTML white
    /// space alike, and the reader collapses it as a browser does, but every character of it costs the tokenizer.</summary>
    private static void CutWhiteSpaceRun(string html, int from, int to, KeptMarkup kept)
    {
        if (to - from >= 2 && TagScanner.SkipWhiteSpace(html, from, to) == to)
        {
            kept.Cut((from + 1)..to);
        }
    }

    private static bool Counts(string html, Tag tag) =>
        !tag.IsComment && !tag.SelfClosing && !tag.Has(TagTraits.NotCounted | TagTraits.RawText);

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

    /// <summary>
    /// What is kept of the markup, copied into a pooled buffer as the cuts are decided, in order. A page is often a
    /// megabyte: as a string it would be allocated on the large object heap, whose collections cost more than the cut
    /// saves, and so would a list of its hundred thousand cuts.
    /// </summary>
    private sealed class KeptMarkup(string html)
    {
        private readonly List<Range> _held = [];
        private char[]? _buffer;
        private int _written;
        private int _copied;
        private bool _holding;

        /// <summary>From now on cuts are held, not made, until <see cref="Release"/>.</summary>
        public void Hold() => _holding = true;

        /// <summary>Makes the held cuts, or drops them for one that covers them all.</summary>
        public void Release(Range? cutInstead)
        {
            _holding = false;
            if (cutInstead is { } whole)
            {
                Cut(whole);
            }
            else
            {
                foreach (var held in _held)
                {
                    Cut(held);
                }
            }

            _held.Clear();
        }

        public void Cut(Range cut)
        {
            if (_holding)
            {
                _held.Add(cut);
                return;
            }

            var (start, length) = cut.GetOffsetAndLength(html.Length);
            _buffer ??= ArrayPool<char>.Shared.Rent(html.Length);
            html.AsSpan(_copied, start - _copied).CopyTo(_buffer.AsSpan(_written));
            _written += start - _copied;
            _copied = start + length;
        }

        public PreparedMarkup Finish()
        {
            if (_buffer is null)
            {
                return PreparedMarkup.Of(html);
            }

            html.AsSpan(_copied).CopyTo(_buffer.AsSpan(_written));
            return PreparedMarkup.Pooled(_buffer, _written + html.Length - _copied);
        }
    }

    /// <summary>Follows outermost &lt;svg> elements; yields the body of one that closes with nothing but SVG inside.</summary>
    private struct SvgTracker
    {
        private int _depth;
        private int _bodyStart;
        private bool _leftForHtml;

        public readonly bool Inside => _depth > 0;

        public Range? Track(string html, Tag tag)
        {
            if (!tag.Has(TagTraits.Svg))
            {
                _leftForHtml |= Inside && !tag.IsEnd && (tag.Has(TagTraits.LeavesSvg) || HidesMarkup(html, tag));
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
