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
    private readonly SelectorIndex<ElementRole> _roles = new();
    private readonly SelectorIndex<MarkupField> _fields = new();
    private readonly HashSet<string> _blocks = new(StringComparer.Ordinal);
    private readonly string[] _chromeNameParts;

    private PageMarkup(JsonElement data)
    {
        AddAll(data, "invisible", ElementRole.Invisible);
        AddAll(data, "chrome", ElementRole.Chrome);
        AddAll(data, "chromeOutsideContent", ElementRole.ChromeOutsideContent);
        AddAll(data, "contentRoots", ElementRole.ContentRoot);
        foreach (var board in data.GetProperty("postingParts").EnumerateObject())
        {
            foreach (var selector in board.Value.EnumerateArray())
            {
                _roles.Add(selector.GetString()!, ElementRole.PostingPart);
            }
        }

        foreach (var field in data.GetProperty("fields").EnumerateObject())
        {
            var kind = Enum.Parse<MarkupField>(field.Name, ignoreCase: true);
            foreach (var selector in field.Value.EnumerateArray())
            {
                _fields.Add(selector.GetString()!, kind);
            }
        }

        _blocks.UnionWith(data.GetProperty("blocks").EnumerateArray().Select(e => e.GetString()!));
        _chromeNameParts = [.. data.GetProperty("chromeWhenNameContains").EnumerateArray().Select(e => e.GetString()!)];
    }

    public static PageMarkup Default { get; } = new(ReaderData.ReadJson("Reading.page-markup.json"));

    /// <summary>Classifies an element; <paramref name="scratch"/> is reused between calls to avoid garbage.</summary>
    public ElementRole RoleOf(IElement element, List<ElementRole> scratch)
    {
        scratch.Clear();
        _roles.Collect(element, scratch);
        var role = ElementRole.None;
        foreach (var found in scratch)
        {
            role |= found;
        }

        if (_blocks.Contains(element.LocalName))
        {
            role |= ElementRole.Block;
        }

        if (element.LocalName == "a" || element.HasAttribute("data-cfemail"))
        {
            role |= ElementRole.Anchor;
        }

        if (IsHiddenByAttributes(element))
        {
            role |= ElementRole.Invisible;
        }
        else if (IsNamedLikeChrome(element))
        {
            role |= ElementRole.Chrome;
        }

        return role;
    }

    public MarkupField? FieldOf(IElement element, List<MarkupField> scratch)
    {
        scratch.Clear();
        _fields.Collect(element, scratch);
        return scratch.Count > 0 ? scratch[0] : null;
    }

    private static bool IsHiddenByAttributes(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        // A <dialog> renders only while it has the open attribute; saved pages keep closed ones (cookie choices).
        || (element.LocalName == "dialog" && !element.HasAttribute("open"))
        || IsStyledInvisible(element.GetAttribute("style"));

    /// <summary>Inline styles only: AngleSharp does not compute CSS (and the reader must not pay for it), so a
    /// stylesheet rule that hides an element is not seen.</summary>
    private static bool IsStyledInvisible(string? style)
    {
        if (style is null || !style.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Cookie and consent layers come from dozens of vendors; their ids and classes say what they are.
    /// The page's outer elements are exempt: sites hang cookie scripts' hooks on &lt;body&gt; too.</summary>
    private bool IsNamedLikeChrome(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main")
        {
            return false;
        }

        var id = element.Id;
        var classes = element.GetAttribute("class");
        foreach (var part in _chromeNameParts)
        {
            if ((id?.Contains(part, StringComparison.OrdinalIgnoreCase) ?? false)
                || (classes?.Contains(part, StringComparison.OrdinalIgnoreCase) ?? false))
            {
                return true;
            }
        }

        return false;
    }

    private void AddAll(JsonElement data, string name, ElementRole role)
    {
        foreach (var selector in data.GetProperty(name).EnumerateArray())
        {
            _roles.Add(selector.GetString()!, role);
        }
    }
}
