namespace JobCapture.Core.Reading;

/// <summary>A stretch of <see cref="PageScan.Text"/>.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;
}

/// <summary>A block that may hold the posting, with how much of its text is prose rather than links.</summary>
internal readonly record struct BlockDensity(TextRange Range, int LinkCharacters)
{
    public int ProseCharacters => Range.Length - LinkCharacters;
}

/// <summary>A short text and where its element stands: the ordinals (in document order) of the element, its parent and
/// its grandparent, so two texts can be told to sit side by side.</summary>
internal readonly record struct PlacedText(string Text, int Self, int Parent, int Grandparent)
{
    /// <summary>The alt text of the first image inside the element: an employer's logo beside its name.</summary>
    public string ImageAlt { get; init; } = "";

    /// <summary>True when this text's element sits beside <paramref name="heading"/>'s: inside it, under the same parent, or
    /// one level below that parent or the heading's grandparent (a header's line of facts under its title).</summary>
    public bool SitsBeside(PlacedText heading) =>
        Parent == heading.Self || Parent == heading.Parent || Parent == heading.Grandparent || Grandparent == heading.Parent;
}

/// <summary>Everything one walk over the document collected: the visible text (chrome left out) and the places in it
/// that matter, plus the raw material of structured data (JSON-LD, microdata, meta tags).</summary>
internal sealed class PageScan
{
    public string Text { get; set; } = "";

    public IReadOnlyList<PageAnchor> Anchors { get; set; } = [];

    /// <summary>How much of <see cref="Text"/> is link text.</summary>
    public int LinkCharacters { get; set; }

    /// <summary>Outermost elements a known job board uses for the posting (header, description, criteria).</summary>
    public List<TextRange> PostingParts { get; } = [];

    /// <summary>Outermost main / article / role=main elements.</summary>
    public List<TextRange> ContentRoots { get; } = [];

    /// <summary>Blocks with enough prose to be the posting, for the density heuristic.</summary>
    public List<BlockDensity> DenseBlocks { get; } = [];

    public List<string> H1s { get; } = [];

    public List<string> H2s { get; } = [];

    /// <summary>The h1s and h2s with their place.</summary>
    public List<PlacedText> Headings { get; } = [];

    /// <summary>Short texts of elements whose class, id or test hook names an employer ("job-offer__company"), with their
    /// place: the posting's own sits beside its title, the cards of similar jobs further away.</summary>
    public List<PlacedText> EmployerBlocks { get; } = [];

    /// <summary>A definition list's terms with their definitions, a table row's header cells with the cells beside them
    /// ("Empresa" and "Clínica Los Almendros").</summary>
    public List<(string Label, string Value)> LabelledCells { get; } = [];

    /// <summary>Two sibling elements, a company label and the value right after it ("Empresa" then "Clínica Dental Ebro",
    /// no colon, no table), the value placed as the row that holds both: the posting's own sits beside its title, the
    /// same pair on the cards of similar jobs further away.</summary>
    public List<(string Label, PlacedText Value)> LabelledValues { get; } = [];

    /// <summary>The alt texts of the site's logos, in its header or elsewhere.</summary>
    public List<string> LogoNames { get; } = [];

    /// <summary>Copyright lines ("© 2026 Acme GmbH") of the page's header and footer, which the text leaves out.</summary>
    public List<string> CopyrightLines { get; } = [];

    public List<string> JsonLdScripts { get; } = [];

    public Dictionary<string, string> Meta { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string TitleTag { get; set; } = "";

    public string CanonicalHref { get; set; } = "";

    public Dictionary<MarkupField, string> MarkupFields { get; } = [];

    /// <summary>Every element the markup's company selectors match (the innermost of nested ones), with its place: a
    /// board's similar-jobs cards repeat the class of its company field, further from the title than the posting's own.</summary>
    public List<PlacedText> CompanyFields { get; } = [];

    /// <summary>Links whose address may lead to an employer's profile (a profile folder or word in it), with their place:
    /// the posting's own link beside its title, the cards of similar jobs' further away.</summary>
    public List<(string Href, PlacedText Link)> ProfileLinks { get; } = [];

    /// <summary>The alt text of the first image inside a field's element (the company's logo beside its name).</summary>
    public Dictionary<MarkupField, string> MarkupFieldImages { get; } = [];

    /// <summary>Microdata properties of schema.org JobPosting items, keyed by path ("hiringOrganization.name").</summary>
    public Dictionary<string, string> Microdata { get; } = new(StringComparer.Ordinal);

    public int MicrodataPostings { get; set; }
}
