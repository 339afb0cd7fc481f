using AngleSharp.Dom;

namespace JobCapture.Core.Reading;

/// <summary>
/// The attributes the reader looks at, read in one pass. Each <c>GetAttribute</c> call in AngleSharp is a search
/// of the element's attribute list (with name normalisation); a dozen per element on a page of thousands of
/// elements costs more than the walk itself.
/// </summary>
internal readonly record struct ElementAttributes
{
    public string? Id { get; private init; }
    public string? Class { get; private init; }
    public string? Style { get; private init; }
    public string? AriaHidden { get; private init; }
    public string? Href { get; private init; }
    public string? CloudflareEmail { get; private init; }
    public string? ItemProp { get; private init; }
    public string? ItemType { get; private init; }
    public string? Content { get; private init; }
    public string? DateTime { get; private init; }

    /// <summary>The name a page's own tests give the element (data-testid, data-cy…): it says what the element shows.</summary>
    public string? TestHook { get; private init; }
    public string? Alt { get; private init; }
    public string? Src { get; private init; }
    public bool Hidden { get; private init; }
    public bool Open { get; private init; }
    public bool ItemScope { get; private init; }

    // Declared before Names, which its initializer reads.
    private static readonly string[] TestHookNames = ["data-testid", "data-test-id", "data-test", "data-cy", "data-qa", "data-at", "data-automation", "data-automation-id"];

    /// <summary>The attributes read here, and by name elsewhere in the reader (head elements, JSON-LD scripts).</summary>
    public static readonly string[] Names =
    [
        "id", "class", "style", "aria-hidden", "href", "data-cfemail", "itemprop", "itemtype", "content", "datetime",
        "hidden", "open", "itemscope", "property", "name", "rel", "type", "alt", "src", .. TestHookNames,
    ];

    public static ElementAttributes Read(IElement element)
    {
        var attributes = element.Attributes;
        string? id = null, @class = null, style = null, ariaHidden = null, href = null, cloudflareEmail = null;
        string? itemProp = null, itemType = null, content = null, dateTime = null, testHook = null, alt = null, src = null;
        bool hidden = false, open = false, itemScope = false;
        // Indexing the NamedNodeMap by position avoids allocating an enumerator for every element of the page; locals
        // rather than a `with` per attribute avoid copying the whole record each time.
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "id": id = attribute.Value; break;
                case "class": @class = attribute.Value; break;
                case "style": style = attribute.Value; break;
                case "aria-hidden": ariaHidden = attribute.Value; break;
                case "href": href = attribute.Value; break;
                case "data-cfemail": cloudflareEmail = attribute.Value; break;
                case "itemprop": itemProp = attribute.Value; break;
                case "itemtype": itemType = attribute.Value; break;
                case "content": content = attribute.Value; break;
                case "datetime": dateTime = attribute.Value; break;
                case "hidden": hidden = true; break;
                case "open": open = true; break;
                case "itemscope": itemScope = true; break;
                case "alt": alt = attribute.Value; break;
                case "src": src = attribute.Value; break;
                case var name when testHook is null && name.StartsWith("data-", StringComparison.Ordinal) && TestHookNames.Contains(name):
                    testHook = attribute.Value;
                    break;
            }
        }

        return new ElementAttributes
        {
            Id = id, Class = @class, Style = style, AriaHidden = ariaHidden, Href = href, CloudflareEmail = cloudflareEmail,
            ItemProp = itemProp, ItemType = itemType, Content = content, DateTime = dateTime, TestHook = testHook, Alt = alt, Src = src,
            Hidden = hidden, Open = open, ItemScope = itemScope,
        };
    }
}
