using System.Buffers;
using AngleSharp.Dom;

namespace JobCapture.Core.Reading;

/// <summary>
/// Many simple selectors, indexed by the one part every element can be looked up by (id, first class, first
/// attribute name, tag), so that testing an element costs a few dictionary probes rather than one test per selector.
/// </summary>
internal sealed class SelectorIndex<T>
{
    private readonly Dictionary<string, List<(SimpleSelector Selector, T Value)>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(SimpleSelector Selector, T Value)>> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(SimpleSelector Selector, T Value)>> _byAttribute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(SimpleSelector Selector, T Value)>> _byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(SimpleSelector Selector, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _byClassSpan;

    // Every class some selector names, searched for in one vectorized pass over an element's class attribute before
    // its classes are looked up one by one: most elements carry none of them.
    private SearchValues<string> _classNames = SearchValues.Create([], StringComparison.Ordinal);

    public SelectorIndex() => _byClassSpan = _byClass.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every attribute name a selector tests.</summary>
    public HashSet<string> AttributeNames { get; } = new(StringComparer.Ordinal);

    public void Add(string selectorText, T value)
    {
        var selector = SimpleSelector.Parse(selectorText);
        AttributeNames.UnionWith(selector.Attributes.Select(attribute => attribute.Name));
        var (index, key) = selector switch
        {
            { Id: { } id } => (_byId, id),
            { Classes.Count: > 0 } => (_byClass, selector.Classes[0]),
            { Attributes.Count: > 0 } => (_byAttribute, selector.Attributes[0].Name),
            { Tag: { } tag } => (_byTag, tag),
            _ => throw new FormatException($"Empty selector '{selectorText}'."),
        };
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add((selector, value));
        _classNames = SearchValues.Create([.. _byClass.Keys], StringComparison.Ordinal);
    }

    /// <summary>Adds the values of every selector that matches <paramref name="element"/> to <paramref name="found"/>.</summary>
    public void Collect(IElement element, List<T> found)
    {
        Probe(_byTag, element.LocalName, element, found);
        var attributes = element.Attributes;
        // Indexing the NamedNodeMap by position avoids allocating an enumerator for every element of the page.
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "id":
                    Probe(_byId, attribute.Value, element, found);
                    break;
                case "class":
                    ProbeClasses(attribute.Value, element, found);
                    break;
            }

            Probe(_byAttribute, attribute.Name, element, found);
        }
    }

    /// <summary>True when <paramref name="classAttribute"/> holds <paramref name="token"/> as a whole token.</summary>
    public static bool HasClassToken(string? classAttribute, string token)
    {
        foreach (var range in (classAttribute ?? "").AsSpan().SplitAny(" \t\n\r\f"))
        {
            if ((classAttribute.AsSpan()[range]).SequenceEqual(token))
            {
                return true;
            }
        }

        return false;
    }

    private void ProbeClasses(string classAttribute, IElement element, List<T> found)
    {
        var span = classAttribute.AsSpan();
        if (!span.ContainsAny(_classNames))
        {
            return;
        }

        foreach (var range in span.SplitAny(" \t\n\r\f"))
        {
            if (_byClassSpan.TryGetValue(span[range], out var candidates))
            {
                AddMatches(candidates, element, found);
            }
        }
    }

    private static void Probe(Dictionary<string, List<(SimpleSelector Selector, T Value)>> index, string key, IElement element, List<T> found)
    {
        if (index.TryGetValue(key, out var candidates))
        {
            AddMatches(candidates, element, found);
        }
    }

    private static void AddMatches(List<(SimpleSelector Selector, T Value)> candidates, IElement element, List<T> found)
    {
        foreach (var (selector, value) in candidates)
        {
            if (selector.Matches(element))
            {
                found.Add(value);
            }
        }
    }
}
