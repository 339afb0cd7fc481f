namespace JobCapture.Core.Reading;

/// <summary>
/// Follows an element the reader never looks inside (a &lt;nav>, say) from its start tag to its end tag, and says
/// whether its body can be cut: only when everything in it is plainly nested, so the parser ends the element at the
/// same end tag and nothing inside reaches beyond it (an unclosed &lt;a> is reopened after it, a form or table part
/// changes the parser's mode, a &lt;p> left open is closed by the end tag only implicitly). Anything else keeps the
/// body, untouched.
/// </summary>
internal sealed class UnreadSubtree(PageMarkup markup)
{
    private readonly List<Range> _open = [];
    private int _bodyStart = -1;
    private bool _inSelect;

    /// <summary>Follows <paramref name="tag"/>; at the end of a followed element, the body to cut, if it may be.</summary>
    public TrackedBody Track(string html, Tag tag, bool insideSvg)
    {
        if (tag.IsComment)
        {
            return TrackedBody.None;
        }

        // A select ignores most tags inside it, a nav's among them, and ends at tags the tracker would not see as ends.
        if (tag.Has(TagTraits.Select))
        {
            _inSelect = !tag.IsEnd;
        }

        if (_bodyStart < 0)
        {
            return Start(html, tag, insideSvg);
        }

        var name = tag.Name(html);
        if (tag.Has(TagTraits.Unsettling) || (!tag.IsEnd && tag.SelfClosing && !insideSvg && !tag.Has(TagTraits.Void)))
        {
            return Stopped();
        }

        if (!tag.IsEnd)
        {
            return OpenInside(html, tag);
        }

        var top = _open[^1];
        if (!html.AsSpan(top).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return Stopped();
        }

        _open.RemoveAt(_open.Count - 1);
        if (_open.Count > 0)
        {
            return TrackedBody.None;
        }

        var body = _bodyStart..tag.Start;
        Stop();
        return TrackedBody.Cut(body);
    }

    private TrackedBody Start(string html, Tag tag, bool insideSvg)
    {
        if (tag.IsEnd || tag.SelfClosing || insideSvg || _inSelect || !tag.Has(TagTraits.OrdinaryContent) || !markup.NeverReadsInside(tag.Name(html)))
        {
            return TrackedBody.None;
        }

        _bodyStart = tag.End;
        _open.Clear();
        _open.Add(tag.NameStart..(tag.NameStart + tag.NameLength));
        return TrackedBody.Started;
    }

    private TrackedBody OpenInside(string html, Tag tag)
    {
        if (tag.Has(TagTraits.Void) || tag.SelfClosing)
        {
            return TrackedBody.None;
        }

        if (tag.Has(TagTraits.NoReopen))
        {
            foreach (var open in _open)
            {
                if (html.AsSpan(open).Equals(tag.Name(html), StringComparison.OrdinalIgnoreCase))
                {
                    return Stopped();
                }
            }
        }

        _open.Add(tag.NameStart..(tag.NameStart + tag.NameLength));
        return TrackedBody.None;
    }

    /// <summary>Gives up on the element: its body is kept.</summary>
    private TrackedBody Stopped()
    {
        Stop();
        return TrackedBody.Kept;
    }

    private void Stop()
    {
        _bodyStart = -1;
        _open.Clear();
    }
}

/// <summary>What <see cref="UnreadSubtree"/> says about a tag: nothing to do, an element starts, or one ended with
/// its body to cut or to keep.</summary>
internal readonly record struct TrackedBody(TrackedBodyKind Kind, Range Body = default)
{
    public static TrackedBody None => new(TrackedBodyKind.None);

    public static TrackedBody Started => new(TrackedBodyKind.Started);

    public static TrackedBody Kept => new(TrackedBodyKind.Kept);

    public static TrackedBody Cut(Range body) => new(TrackedBodyKind.Cut, body);
}

internal enum TrackedBodyKind
{
    None,
    Started,
    Kept,
    Cut,
}
