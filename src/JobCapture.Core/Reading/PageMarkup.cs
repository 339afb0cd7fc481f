using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using AngleSharp.Dom;

namespace JobCapture.Core.Reading;

/// <summary>What an element is to the reader, decided once when the walk enters it.</summary>
[Flags]
internal enum ElementRole
{
    None = 0,
    Block = 1,
    Invisible = 2,
    Chrome = 4,
    ChromeOutsideContent = 8,
    ContentRoot = 16,
    PostingPart = 32,
    Anchor = 64,
}

/// <summary>What one selector of the markup data says: a role, a field, or both.</summary>
internal readonly record struct MarkupRule(ElementRole Role, MarkupField? Field);

/// <summary>A field of the posting that a job board's own markup shows in a known element.</summary>
internal enum MarkupField
{
    Title,
    Company,
    Location,
    EmploymentType,
    Salary,
}

/// <summary>
/// The markup knowledge of Data/Reading/page-markup.json: which elements are never seen, which are page chrome
/// (navigation, banners, footers, cookie notices), which hold a posting on known job boards, and which show a field.
/// </summary>
internal sealed class PageMarkup
{
    private readonly SelectorIndex<MarkupRule> _rules = new();
    private readonly HashSet<string> _blocks = new(StringComparer.Ordinal);
    private readonly SearchValues<string> _chromeNameParts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _attributesRead;
    private readonly HashSet<string> _unreadElements = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _unreadElementsSpan;
    private readonly SearchValues<string> _employerBlockWordsInside;
    private readonly HashSet<string> _employerBlockWords;
    private readonly HashSet<string> _notEmployerBlockWords;

    private PageMarkup(JsonElement data)
    {
        _unreadElementsSpan = _unreadElements.GetAlternateLookup<ReadOnlySpan<char>>();
        AddAll(data, "invisible", ElementRole.Invisible);
        AddAll(data, "chrome", ElementRole.Chrome);
        AddAll(data, "chromeOutsideContent", ElementRole.ChromeOutsideContent);
        AddAll(data, "contentRoots", ElementRole.ContentRoot);
        foreach (var board in data.GetProperty("postingParts").EnumerateObject())
        {
            foreach (var selector in board.Value.EnumerateArray())
            {
                _rules.Add(selector.GetString()!, new MarkupRule(ElementRole.PostingPart, null));
            }
        }

        foreach (var field in data.GetProperty("fields").EnumerateObject())
        {
            var kind = Enum.Parse<MarkupField>(field.Name, ignoreCase: true);
            foreach (var selector in field.Value.EnumerateArray())
            {
                _rules.Add(selector.GetString()!, new MarkupRule(ElementRole.None, kind));
            }
        }

        _blocks.UnionWith(data.GetProperty("blocks").EnumerateArray().Select(e => e.GetString()!));
        _chromeNameParts = SearchValues.Create(
            [.. data.GetProperty("chromeWhenNameContains").EnumerateArray().Select(e => e.GetString()!)], StringComparison.OrdinalIgnoreCase);
        _employerBlockWords = Words(data, "employerBlockWords");
        _notEmployerBlockWords = Words(data, "notEmployerBlockWords");
        _employerBlockWordsInside = SearchValues.Create([.. _employerBlockWords], StringComparison.OrdinalIgnoreCase);
        _attributesRead = _rules.AttributeNames.Concat(ElementAttributes.Names)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PageMarkup Default { get; } = new(CoreData.ReadJson("Reading", "page-markup.json"));

    /// <summary>Whether the reader never looks inside an element of this name, wherever it stands: one the data calls
    /// invisible or chrome by its name alone. The head and scripts are looked into for their data.</summary>
    public bool NeverReadsInside(ReadOnlySpan<char> tagName) =>
        !tagName.Equals("head", StringComparison.OrdinalIgnoreCase)
        && !tagName.Equals("script", StringComparison.OrdinalIgnoreCase)
        && _unreadElementsSpan.Contains(tagName);

    /// <summary>Whether the reader ever looks at an attribute of this name: the selectors' and the ones it reads by
    /// name (any case, as the parser lower-cases attribute names).</summary>
    public bool ReadsAttribute(ReadOnlySpan<char> name) => _attributesRead.Contains(name);

    /// <summary>Classifies an element and names the field it shows, if any, reading its attributes once.
    /// <paramref name="scratch"/> is reused between calls to avoid garbage.</summary>
    public (ElementRole Role, MarkupField? Field) Classify(IElement element, in ElementAttributes attributes, List<MarkupRule> scratch)
    {
        scratch.Clear();
        _rules.Collect(element, scratch);
        var role = ElementRole.None;
        MarkupField? field = null;
        foreach (var rule in scratch)
        {
            role |= rule.Role;
            field ??= rule.Field;
        }

        if (_blocks.Contains(element.LocalName))
        {
            role |= ElementRole.Block;
        }

        if (element.LocalName == "a" || attributes.CloudflareEmail is not null)
        {
            role |= ElementRole.Anchor;
        }

        if (IsHidden(element, attributes))
        {
            role |= ElementRole.Invisible;
        }
        else if (IsNamedLikeChrome(element, attributes))
        {
            role |= ElementRole.Chrome;
        }

        return (role, field);
    }

    private static bool IsHidden(IElement element, in ElementAttributes attributes) =>
        attributes.Hidden
        || string.Equals(attributes.AriaHidden, "true", StringComparison.OrdinalIgnoreCase)
        // A <dialog> renders only while it has the open attribute; saved pages keep closed ones (cookie choices).
        || (element.LocalName == "dialog" && !attributes.Open)
        || IsStyledInvisible(attributes.Style);

    /// <summary>Inline styles only: AngleSharp does not compute CSS (and the reader must not pay for it), so a
    /// stylesheet rule that hides an element is not seen.</summary>
    private static bool IsStyledInvisible(string? style)
    {
        if (style is null || !style.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        // Most styled elements say neither property: only those are compacted ("display : none").
        if (!style.Contains("display", StringComparison.OrdinalIgnoreCase) && !style.Contains("visibility", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Cookie and consent layers come from dozens of vendors; their ids and classes say what they are.
    /// The page's outer elements are exempt: sites hang cookie scripts' hooks on &lt;body&gt; too.</summary>
    private bool IsNamedLikeChrome(IElement element, in ElementAttributes attributes)
    {
        if (element.LocalName is "html" or "body" or "main")
        {
            return false;
        }

        return attributes.Id.AsSpan().ContainsAny(_chromeNameParts) || attributes.Class.AsSpan().ContainsAny(_chromeNameParts);
    }

    /// <summary>True when the element's class, id or test hook says it shows the employer's name ("job-offer__company",
    /// "employerName", "companyNameLink"), not something else about it ("company-logo"). Most elements hold none of the
    /// words, which one search of each value tells before any is split.</summary>
    public bool NamesEmployer(in ElementAttributes attributes) =>
        NamesEmployer(attributes.Class) || NamesEmployer(attributes.Id) || NamesEmployer(attributes.TestHook);

    private bool NamesEmployer(string? value) =>
        value is not null && value.AsSpan().ContainsAny(_employerBlockWordsInside)
        && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NamesEmployerInWords);

    /// <summary>A class's word for an employer, with none that says the element shows something else about it. A BEM
    /// element that names the employer ("tm-jobs-card__company", "jobs-top-card__company-name") is judged alone: the
    /// block's name before it is the site's namespace, whose "jobs" or "card" says nothing about the element.</summary>
    private bool NamesEmployerInWords(string token)
    {
        var element = token.LastIndexOf("__", StringComparison.Ordinal);
        if (element > 0 && NamesEmployerInWordsOf(token[(element + 2)..]) is { } named)
        {
            return named;
        }

        return NamesEmployerInWordsOf(token) ?? false;
    }

    /// <summary>True when the words name an employer and nothing else about it, false when they name something else about
    /// it, null when they hold no word for an employer.</summary>
    private bool? NamesEmployerInWordsOf(string token)
    {
        var words = WordParts.Of(token).Select(word => word.ToLowerInvariant()).ToList();
        return words.Any(_employerBlockWords.Contains) ? !words.Any(_notEmployerBlockWords.Contains) : null;
    }

    private static HashSet<string> Words(JsonElement data, string name) =>
        data.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);

    private void AddAll(JsonElement data, string name, ElementRole role)
    {
        foreach (var selector in data.GetProperty(name).EnumerateArray())
        {
            var text = selector.GetString()!;
            _rules.Add(text, new MarkupRule(role, null));
            if (role is ElementRole.Invisible or ElementRole.Chrome && text.All(char.IsAsciiLetterOrDigit))
            {
                _unreadElements.Add(text);
            }
        }
    }
}
