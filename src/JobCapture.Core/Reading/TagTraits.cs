using System.Collections.Frozen;

namespace JobCapture.Core.Reading;

/// <summary>
/// What the HTML parser does with an element of a given name, as far as the pre-scan needs to know. Looked up once per
/// tag: the pre-scan asks a dozen questions of each of a page's tens of thousands of tags.
/// </summary>
[Flags]
internal enum TagTraits
{
    None = 0,

    /// <summary>Its end tag may be left out, or it never has one: it does not make a page deep.</summary>
    NotCounted = 1 << 0,

    /// <summary>Its content is raw text up to its own end tag.</summary>
    RawText = 1 << 1,

    /// <summary>No content, no end tag.</summary>
    Void = 1 << 2,

    /// <summary>Its start tag makes the parser leave SVG content for HTML (the HTML standard's "breakout" list).</summary>
    LeavesSvg = 1 << 3,

    /// <summary>It changes how the parser reads what follows, or may be moved elsewhere in the tree.</summary>
    Unsettling = 1 << 4,

    /// <summary>Parsed as ordinary content: its extent in the markup is its extent in the tree when well nested.</summary>
    OrdinaryContent = 1 << 5,

    /// <summary>Opened again while open, it sets the parser's adoption agency to work.</summary>
    NoReopen = 1 << 6,

    Svg = 1 << 7,
    Script = 1 << 8,
    Style = 1 << 9,
    Link = 1 << 10,
    Select = 1 << 11,
}

internal static class TagNames
{
    private static readonly FrozenDictionary<string, TagTraits>.AlternateLookup<ReadOnlySpan<char>> Traits = Build();

    public static TagTraits TraitsOf(ReadOnlySpan<char> name) => Traits.TryGetValue(name, out var traits) ? traits : TagTraits.None;

    private static FrozenDictionary<string, TagTraits>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var traits = new Dictionary<string, TagTraits>(StringComparer.OrdinalIgnoreCase);
        void Mark(TagTraits trait, params string[] names)
        {
            foreach (var name in names)
            {
                traits[name] = traits.GetValueOrDefault(name) | trait;
            }
        }

        Mark(TagTraits.NotCounted,
            "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
            "rb", "rt", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr", "param", "keygen");
        Mark(TagTraits.RawText, "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext");
        Mark(TagTraits.Void, "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param");
        Mark(TagTraits.LeavesSvg,
            "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font", "h1",
            "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
            "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");
        Mark(TagTraits.Unsettling,
            "form", "table", "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th", "select", "option",
            "optgroup", "datalist", "keygen", "html", "head", "body", "frameset", "frame", "plaintext", "math", "image");
        Mark(TagTraits.OrdinaryContent, "nav", "noscript", "template", "canvas", "object");
        Mark(TagTraits.NoReopen, "a", "nobr");
        Mark(TagTraits.Svg, "svg");
        Mark(TagTraits.Script, "script");
        Mark(TagTraits.Style, "style");
        Mark(TagTraits.Link, "link");
        Mark(TagTraits.Select, "select");
        return traits.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
