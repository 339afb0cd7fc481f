using AngleSharp.Dom;
using JobCapture.Core.Postings;
using Microsoft.Extensions.ObjectPool;

namespace JobCapture.Core.Reading;

/// <summary>
/// One pass over the document, in document order, that collects everything the reader needs: visible text with
/// block boundaries, where known posting containers and content roots start and end, the h1s, the fields a job
/// board shows in known elements, microdata, meta tags and JSON-LD scripts. Nothing else walks the tree.
/// </summary>
/// <remarks>
/// The walk uses an explicit stack: pages nest deeply enough (hostile or broken ones to hundreds of thousands of
/// levels) to overflow recursion. AngleSharp's own <c>TextContent</c>, <c>QuerySelectorAll</c> and
/// <c>GetDescendants</c> are each a walk of their own; calling them per element would make reading quadratic.
/// </remarks>
internal sealed class PageWalker
{
    private const int MaxFieldLength = 300;
    private const int MinDenseBlockProse = 200;
    // An employer's name is a line; a longer block is a card or a paragraph about the company.
    private const int MaxEmployerBlockLength = 100;
    private const int MaxLabelLength = 40;
    // A list of similar jobs shows a few dozen cards; more company fields say nothing more.
    private const int MaxCompanyFields = 64;

    private static readonly HashSet<string> DensityCandidates = new(StringComparer.Ordinal) { "div", "section", "article", "main", "td" };

    private readonly PageMarkup _markup;
    private readonly AnalyzerOptions _options;
    private readonly PageScan _scan = new();
    private readonly VisibleTextBuilder _text;
    // The stacks are pooled: a wide page pushes tens of thousands of nodes, and growing new stacks for every page is
    // garbage made while the whole tree is alive.
    private static readonly ObjectPool<WalkStacks> StackPool = new DefaultObjectPool<WalkStacks>(new WalkStacks.Policy());

    private readonly WalkStacks _stacks;
    private readonly List<MarkupRule> _ruleScratch = [];
    private readonly List<string> _itemPath = [];
    private int _contentDepth;
    private int _postingPartDepth;
    private int _jobScopeDepth;
    private int _ordinal;
    // Images inside open company fields and employer blocks, by the ordinal of their element: a logo beside the name.
    private readonly List<(int Ordinal, string Alt)> _employerImages = [];
    private int _employerDepth;
    private string? _pendingLabel;
    // By depth of the open elements: the short text of the child that closed last under each, a label that waits for
    // the value its next sibling shows.
    private readonly List<TextRange?> _labelBefore = [];

    private PageWalker(PageMarkup markup, AnalyzerOptions options)
    {
        _markup = markup;
        _options = options;
        _text = new VisibleTextBuilder(options.MaxTextLength);
        _stacks = StackPool.Get();
    }

    public static PageScan Walk(IDocument document, PageMarkup markup, AnalyzerOptions options, CancellationToken cancellationToken = default)
    {
        var walker = new PageWalker(markup, options);
        try
        {
            if (document.DocumentElement is { } root)
            {
                walker.WalkFrom(root, cancellationToken);
            }
        }
        finally
        {
            StackPool.Return(walker._stacks);
        }

        walker._scan.Text = walker._text.Finish();
        walker._scan.Anchors = walker._text.Anchors;
        walker._scan.LinkCharacters = walker._text.LinkCharacters;
        return walker._scan;
    }

    /// <summary>Nodes wait on one stack, small entries; an entered element's frame waits on another, and a marker
    /// (no node) among the waiting nodes says when its children are done and it closes.</summary>
    private void WalkFrom(IElement root, CancellationToken cancellationToken)
    {
        var pending = _stacks.Pending;
        pending.Push(new PendingNode(root, Depth: 0));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (node, depth) = pending.Pop();
            if (node is null)
            {
                Close(_stacks.Open.Pop());
            }
            else if (node is IText text)
            {
                // Text inside the tree is appended even once the text is full: cheap, the builder ignores it.
                _text.AppendInline(text.Data);
            }
            else if (node is IElement element)
            {
                Open(element, depth);
            }
        }
    }

    private void Open(IElement element, int depth)
    {
        // Past the depth limit an element is only a container of text: no rules, no fields, still no recursion.
        var attributes = depth <= _options.MaxElementDepth ? ElementAttributes.Read(element) : default;
        var (role, field) = depth <= _options.MaxElementDepth ? _markup.Classify(element, attributes, _ruleScratch) : (ElementRole.None, null);
        if ((role & ElementRole.Invisible) != 0)
        {
            CollectFromInvisible(element);
            return;
        }

        if ((role & ElementRole.Chrome) != 0
            || ((role & ElementRole.ChromeOutsideContent) != 0 && _contentDepth == 0 && _postingPartDepth == 0))
        {
            if (SiteMarks.IsPageFrame(element, attributes))
            {
                SiteMarks.CollectFrom(element, _scan);
            }

            return;
        }

        var frame = new Frame(element)
        {
            Ordinal = ++_ordinal,
            Role = role,
            Start = _text.Length,
            LinkStart = _text.LinkCharacters,
            Field = field is { } f && !_scan.MarkupFields.ContainsKey(f) ? f : null,
            ShowsCompanyField = field == MarkupField.Company,
            CompanyFieldsBefore = _scan.CompanyFields.Count,
        };
        if (depth <= _options.MaxElementDepth)
        {
            frame = OpenStructure(frame, attributes);
        }

        _stacks.Open.Push(frame);
        _stacks.Pending.Push(default);
        ForgetLabelAt(_stacks.Open.Count);
        // Indexing ChildNodes, not PreviousSibling: AngleSharp finds a node's sibling by scanning the parent's
        // children, so walking a long child list by siblings is quadratic.
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            var child = children[i];
            if (child.NodeType is NodeType.Element or NodeType.Text or NodeType.CharacterData)
            {
                _stacks.Pending.Push(new PendingNode(child, depth + 1));
            }
        }
    }

    /// <summary>Block breaks, anchors, region counters, fields and microdata for an element being entered.</summary>
    private Frame OpenStructure(Frame frame, in ElementAttributes attributes)
    {
        var role = frame.Role;
        if ((role & ElementRole.Block) != 0)
        {
            _text.BreakBlock();
            frame = frame with { Start = _text.Length };
        }

        if ((role & ElementRole.Anchor) != 0)
        {
            _text.BeginAnchor(attributes.Href ?? "", attributes.CloudflareEmail);
        }

        _contentDepth += (role & ElementRole.ContentRoot) != 0 ? 1 : 0;
        _postingPartDepth += (role & ElementRole.PostingPart) != 0 ? 1 : 0;
        NoteLogo(frame.Element, attributes);
        NoteEmployerImage(frame, attributes);
        if (_markup.NamesEmployer(attributes))
        {
            frame = frame with { OpensEmployerBlock = true, EmployerBlocksBefore = _scan.EmployerBlocks.Count };
        }

        _employerDepth += ShowsEmployer(frame) ? 1 : 0;

        return OpenMicrodata(frame.Element, frame, attributes);
    }

    private void NoteLogo(IElement element, in ElementAttributes attributes)
    {
        if (element.LocalName == "img" && attributes.Alt is { } alt
            && SiteMarks.IsLogo(alt, attributes.Class, attributes.Src, _stacks.Open.Count > 0 ? _stacks.Open.Peek().Element.ClassName : null))
        {
            _scan.LogoNames.Add(alt.Trim());
        }
    }

    private static bool ShowsEmployer(Frame frame) => frame.OpensEmployerBlock || frame.Field == MarkupField.Company;

    private void NoteEmployerImage(Frame frame, in ElementAttributes attributes)
    {
        if (_employerDepth > 0 && frame.Element.LocalName == "img" && attributes.Alt is { } alt && alt.Trim().Length > 1)
        {
            _employerImages.Add((frame.Ordinal, alt.Trim()));
        }
    }

    /// <summary>The alt text of the first image inside the element of <paramref name="frame"/>, which has just closed:
    /// every element opened since it is inside it.</summary>
    private string ImageInside(Frame frame)
    {
        var first = _employerImages.FindIndex(image => image.Ordinal > frame.Ordinal);
        return first >= 0 ? _employerImages[first].Alt : "";
    }

    private Frame OpenMicrodata(IElement element, Frame frame, in ElementAttributes attributes)
    {
        var itemProp = attributes.ItemProp;
        var isScope = attributes.ItemScope;
        if (isScope && (attributes.ItemType?.Contains("JobPosting", StringComparison.Ordinal) ?? false))
        {
            _scan.MicrodataPostings++;
            _jobScopeDepth++;
            return frame with { OpensJobScope = true };
        }

        if (_jobScopeDepth == 0 || itemProp is null)
        {
            return frame;
        }

        var key = _itemPath.Count == 0 ? itemProp : $"{string.Join('.', _itemPath)}.{itemProp}";
        if (isScope)
        {
            _itemPath.Add(itemProp);
            return frame with { OpensItemPath = true };
        }

        var stated = attributes.Content ?? attributes.DateTime ?? (element.LocalName is "link" ? attributes.Href : null);
        if (stated is not null)
        {
            _scan.Microdata.TryAdd(key, stated.Trim());
            return frame;
        }

        return frame with { ItemPropKey = key };
    }

    private void Close(Frame frame)
    {
        var role = frame.Role;
        var range = new TextRange(frame.Start, _text.Length);
        if ((role & ElementRole.Anchor) != 0)
        {
            _text.EndAnchor();
            NoteProfileLink(frame, range);
        }

        if ((role & ElementRole.ContentRoot) != 0 && --_contentDepth == 0)
        {
            _scan.ContentRoots.Add(range);
        }

        if ((role & ElementRole.PostingPart) != 0 && --_postingPartDepth == 0)
        {
            _scan.PostingParts.Add(range);
        }

        CloseFields(frame, range);
        NoteLabelledValue(range);
        if ((role & ElementRole.Block) != 0)
        {
            var element = frame.Element;
            NoteDensity(element, frame, range);
            if (element.LocalName is "h1" or "h2" && range.Length > 0)
            {
                var heading = _text.Slice(range.Start, range.End, MaxFieldLength);
                (element.LocalName == "h1" ? _scan.H1s : _scan.H2s).Add(heading);
                _scan.Headings.Add(Placed(heading, frame.Ordinal));
            }

            NoteLabelledCell(element.LocalName, range);
            _text.BreakBlock();
        }
    }

    /// <summary>A link that may lead to an employer's profile, placed so the one beside the title can be told from the
    /// cards'; a page's first few are kept.</summary>
    private void NoteProfileLink(Frame frame, TextRange range)
    {
        if (_scan.ProfileLinks.Count < MaxCompanyFields && range.Length is > 1 and <= MaxEmployerBlockLength
            && frame.Element.GetAttribute("href") is { Length: > 0 } href && EmployerWords.Default.MayLinkToProfile(href))
        {
            _scan.ProfileLinks.Add((href, Placed(_text.Slice(range.Start, range.End, MaxFieldLength), frame.Ordinal)));
        }
    }

    /// <summary>A dt or th waits for the dd or td after it, within its list or row.</summary>
    private void NoteLabelledCell(string name, TextRange range)
    {
        switch (name)
        {
            case "dt" or "th":
                _pendingLabel = range.Length is > 0 and <= MaxLabelLength ? _text.Slice(range.Start, range.End, MaxLabelLength) : null;
                break;
            case "dd" or "td" when _pendingLabel is not null:
                _scan.LabelledCells.Add((_pendingLabel, _text.Slice(range.Start, range.End, MaxFieldLength)));
                _pendingLabel = null;
                break;
            case "dl" or "tr" or "table":
                _pendingLabel = null;
                break;
        }
    }

    private void ForgetLabelAt(int level)
    {
        while (_labelBefore.Count <= level)
        {
            _labelBefore.Add(null);
        }

        _labelBefore[level] = null;
    }

    /// <summary>An element that has just closed is the value of the short label its previous sibling showed, when nothing
    /// stands between them; and, when short, the label of its next sibling.</summary>
    private void NoteLabelledValue(TextRange range)
    {
        var level = _stacks.Open.Count;
        if (level == 0 || level >= _labelBefore.Count)
        {
            return;
        }

        // Only a company label's value is kept: short siblings (a menu's links, a list's items) follow each other
        // everywhere, and recording every pair cost the walk more than the rest of what it notes.
        if (_labelBefore[level] is { } label && range.Start <= label.End + 1 && range.Length is > 1 and <= MaxEmployerBlockLength
            && _text.Slice(label.Start, label.End, MaxLabelLength) is var labelText && EmployerWords.Default.IsCompanyLabel(labelText))
        {
            _scan.LabelledValues.Add((labelText, PlacedAsRow(_text.Slice(range.Start, range.End, MaxFieldLength))));
        }

        // Kept as a range: most short elements are followed by no value, and their text is never needed.
        _labelBefore[level] = range.Length is > 0 and <= MaxLabelLength ? range : null;
    }

    private void CloseFields(Frame frame, TextRange range)
    {
        if (frame.Field is { } field && range.Length > 0 && _scan.MarkupFields.TryAdd(field, _text.Slice(range.Start, range.End, MaxFieldLength))
            && ImageInside(frame) is { Length: > 0 } image)
        {
            _scan.MarkupFieldImages[field] = image;
        }

        if (frame.ItemPropKey is { } key && range.Length > 0)
        {
            _scan.Microdata.TryAdd(key, _text.Slice(range.Start, range.End, MaxFieldLength));
        }

        if (frame.OpensItemPath)
        {
            _itemPath.RemoveAt(_itemPath.Count - 1);
        }

        if (frame.OpensJobScope)
        {
            _jobScopeDepth--;
        }

        if (frame.ShowsCompanyField && _scan.CompanyFields.Count == frame.CompanyFieldsBefore && _scan.CompanyFields.Count < MaxCompanyFields
            && range.Length is > 1 and <= MaxEmployerBlockLength)
        {
            _scan.CompanyFields.Add(Placed(_text.Slice(range.Start, range.End, MaxFieldLength), frame.Ordinal));
        }

        // A block around another ("EmployerProfile_container" around "employerName") holds more than the name.
        if (frame.OpensEmployerBlock && _scan.EmployerBlocks.Count == frame.EmployerBlocksBefore
            && range.Length is > 1 and <= MaxEmployerBlockLength)
        {
            _scan.EmployerBlocks.Add(Placed(_text.Slice(range.Start, range.End, MaxFieldLength), frame.Ordinal) with { ImageAlt = ImageInside(frame) });
        }

        if (ShowsEmployer(frame) && --_employerDepth == 0)
        {
            _employerImages.Clear();
        }
    }

    /// <summary>A text with the place of its element, whose frame has just closed: the open frames above it are its
    /// parent's and grandparent's.</summary>
    private PlacedText Placed(string text, int self) => new(text, self, OpenOrdinal(0), OpenOrdinal(1));

    /// <summary>A text placed as the open element that holds it and its siblings (a label's and its value's row).</summary>
    private PlacedText PlacedAsRow(string text) => new(text, OpenOrdinal(0), OpenOrdinal(1), OpenOrdinal(2));

    /// <summary>The ordinal of the open element <paramref name="up"/> levels above the innermost; a number no element has
    /// when there is none.</summary>
    private int OpenOrdinal(int up)
    {
        var level = 0;
        foreach (var open in _stacks.Open)
        {
            if (level++ == up)
            {
                return open.Ordinal;
            }
        }

        return -1 - up;
    }

    private void NoteDensity(IElement element, Frame frame, TextRange range)
    {
        var links = _text.LinkCharacters - frame.LinkStart;
        if (range.Length - links >= MinDenseBlockProse && DensityCandidates.Contains(element.LocalName))
        {
            _scan.DenseBlocks.Add(new BlockDensity(range, links));
        }
    }

    /// <summary>Invisible elements still carry data: JSON-LD scripts anywhere, and the head's title, meta and link
    /// tags. The head is flat, so its children are read without a walk.</summary>
    private void CollectFromInvisible(IElement element)
    {
        switch (element.LocalName)
        {
            case "script" when IsJsonLd(element):
                _scan.JsonLdScripts.Add(element.TextContent);
                break;
            case "head":
                foreach (var child in element.Children)
                {
                    CollectHeadElement(child);
                }

                break;
        }
    }

    private void CollectHeadElement(IElement element)
    {
        switch (element.LocalName)
        {
            case "title" when _scan.TitleTag.Length == 0:
                _scan.TitleTag = Whitespace.Collapse(element.TextContent);
                break;
            case "meta" when (element.GetAttribute("property") ?? element.GetAttribute("name")) is { } name
                             && element.GetAttribute("content") is { } content:
                _scan.Meta.TryAdd(name, Whitespace.Collapse(content));
                break;
            case "link" when string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                _scan.CanonicalHref = element.GetAttribute("href")?.Trim() ?? "";
                break;
            case "script" when IsJsonLd(element):
                _scan.JsonLdScripts.Add(element.TextContent);
                break;
        }
    }

    private static bool IsJsonLd(IElement script) =>
        script.GetAttribute("type")?.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase) ?? false;

    private readonly record struct PendingNode(INode? Node, int Depth);

    private sealed class WalkStacks
    {
        public Stack<PendingNode> Pending { get; } = new();

        public Stack<Frame> Open { get; } = new();

        /// <summary>Emptied on return (the nodes are let go), capacity kept.</summary>
        public sealed class Policy : PooledObjectPolicy<WalkStacks>
        {
            public override WalkStacks Create() => new();

            public override bool Return(WalkStacks stacks)
            {
                stacks.Pending.Clear();
                stacks.Open.Clear();
                return true;
            }
        }
    }

    private readonly record struct Frame(IElement Element)
    {
        public ElementRole Role { get; init; }
        public int Ordinal { get; init; }
        public int Start { get; init; }
        public int LinkStart { get; init; }
        public MarkupField? Field { get; init; }
        public string? ItemPropKey { get; init; }
        public bool OpensItemPath { get; init; }
        public bool OpensJobScope { get; init; }
        public bool OpensEmployerBlock { get; init; }
        public int EmployerBlocksBefore { get; init; }
        public bool ShowsCompanyField { get; init; }
        public int CompanyFieldsBefore { get; init; }
    }
}
