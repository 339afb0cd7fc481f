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
    public bool Hidden { get; private init; }
    public bool Open { get; private init; }
    public bool ItemScope { get; private init; }

    public static ElementAttributes Read(IElement element)
    {
        var attributes = element.Attributes;
        var read = default(ElementAttributes);
        // Indexing the NamedNodeMap by position avoids allocating an enumerator for every element of the page.
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            read = attribute.Name switch
            {
                "id" => read with { Id = attribute.Value },
                "class" => read with { Class = attribute.Value },
                "style" => read with { Style = attribute.Value },
                "aria-hidden" => read with { AriaHidden = attribute.Value },
                "href" => read with { Href = attribute.Value },
                "data-cfemail" => read with { CloudflareEmail = attribute.Value },
                "itemprop" => read with { ItemProp = attribute.Value },
                "itemtype" => read with { ItemType = attribute.Value },
                "content" => read with { Content = attribute.Value },
                "datetime" => read with { DateTime = attribute.Value },
                "hidden" => read with { Hidden = true },
                "open" => read with { Open = true },
                "itemscope" => read with { ItemScope = true },
                _ => read,
            };
        }

        return read;
    }
}
