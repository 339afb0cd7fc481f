namespace JobCapture.Core.Statements;

/// <summary>
/// One phrase over normalized tokens, written in the data files as space-separated elements:
/// <list type="bullet">
/// <item><c>word</c>, <c>a|b</c>, <c>pre*</c>, <c>*suf</c>, <c>*in*</c>, <c>@group</c>: one token that fits;</item>
/// <item>a trailing <c>?</c> makes an element optional (<c>phone?</c>);</item>
/// <item><c>~N</c>: up to N tokens of anything within the clause; <c>*</c> alone: exactly one token;</item>
/// <item><c>^</c>: the start of a clause (the sentence start or after "?", "!" or ";"); <c>$</c>: its end.</item>
/// </list>
/// Commas between words are skipped; nothing but <c>^</c> crosses a clause boundary.
/// </summary>
internal sealed class PhrasePattern
{
    private readonly Element[] _elements;

    // The element a match opens with (after any clause start), asked about for every distinct token of a page.
    private readonly Element _first;

    private PhrasePattern(string source, Element[] elements)
    {
        Source = source;
        _elements = elements;
        _first = elements.First(e => e.Kind != ElementKind.ClauseStart);
    }

    public string Source { get; }

    /// <summary>The words one of which must open a match, or null when the opening elements are not plain word lists.
    /// Leading optional words count with the first required one ("^ please? call" opens with "please" or "call", or
    /// with a comma, which a word after the clause start may skip).</summary>
    public IReadOnlyCollection<string>? TriggerWords
    {
        get
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in _elements.SkipWhile(e => e.Kind == ElementKind.ClauseStart))
            {
                if (element is not { Kind: ElementKind.Word, Test.HasOnlyExactWords: true })
                {
                    return null;
                }

                if (!element.Optional)
                {
                    if (words.Count == 0)
                    {
                        return element.Test.ExactWords;
                    }

                    words.UnionWith(element.Test.ExactWords);
                    words.Add(TextNormalizer.SoftBoundary);
                    return words;
                }

                words.UnionWith(element.Test.ExactWords);
            }

            return null;
        }
    }

    /// <summary>Whether a match could begin at this token: false only when the first word element rules it out.</summary>
    public bool CanStartWith(string token)
    {
        var first = _first;
        return first.Kind != ElementKind.Word || first.Optional || first.Test.Matches(token);
    }

    public static PhrasePattern Parse(string source, IReadOnlyDictionary<string, string[]> groups)
    {
        var elements = source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => ParseElement(part, groups)).ToArray();
        if (elements.Length == 0 || elements.All(e => e.Kind == ElementKind.ClauseStart) ||
            elements.First(e => e.Kind != ElementKind.ClauseStart).Kind == ElementKind.Gap)
        {
            throw new InvalidDataException($"Statement pattern '{source}' must start with a word.");
        }

        return new PhrasePattern(source, elements);
    }

    /// <summary>Tries a match that begins at <paramref name="start"/>; returns the end (exclusive) or -1.</summary>
    public int MatchAt(IReadOnlyList<string> tokens, int start) => Match(tokens, 0, start);

    private int Match(IReadOnlyList<string> tokens, int index, int position)
    {
        if (index == _elements.Length)
        {
            return position;
        }

        var element = _elements[index];
        switch (element.Kind)
        {
            case ElementKind.ClauseStart:
                return position == 0 || tokens[position - 1] == TextNormalizer.HardBoundary ? Match(tokens, index + 1, position) : -1;
            case ElementKind.ClauseEnd:
                return position == tokens.Count || tokens[position] == TextNormalizer.HardBoundary ? Match(tokens, index + 1, position) : -1;
            case ElementKind.Gap:
                return MatchGap(tokens, index, position, element.MaxGap);
            case ElementKind.AnyOne:
                return position < tokens.Count && !TextNormalizer.IsBoundary(tokens[position]) ? Match(tokens, index + 1, position + 1) : -1;
            default:
                return MatchWord(tokens, index, position, element);
        }
    }

    private int MatchWord(IReadOnlyList<string> tokens, int index, int position, Element element)
    {
        var at = position;
        while (index > 0 && at < tokens.Count && tokens[at] == TextNormalizer.SoftBoundary)
        {
            at++;
        }

        if (at < tokens.Count && element.Test.Matches(tokens[at]))
        {
            var end = Match(tokens, index + 1, at + 1);
            if (end >= 0)
            {
                return end;
            }
        }

        return element.Optional ? Match(tokens, index + 1, position) : -1;
    }

    private int MatchGap(IReadOnlyList<string> tokens, int index, int position, int maxGap)
    {
        for (var skipped = 0; skipped <= maxGap; skipped++)
        {
            var at = position + skipped;
            if (at > tokens.Count || (skipped > 0 && tokens[at - 1] == TextNormalizer.HardBoundary))
            {
                return -1;
            }

            var end = Match(tokens, index + 1, at);
            if (end >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    private static Element ParseElement(string part, IReadOnlyDictionary<string, string[]> groups)
    {
        if (part == "^")
        {
            return new Element(ElementKind.ClauseStart, null!, 0, false);
        }

        if (part == "$")
        {
            return new Element(ElementKind.ClauseEnd, null!, 0, false);
        }

        if (part == "*")
        {
            return new Element(ElementKind.AnyOne, null!, 0, false);
        }

        if (part.StartsWith('~') && int.TryParse(part.AsSpan(1), out var gap))
        {
            return new Element(ElementKind.Gap, null!, gap, false);
        }

        var optional = part.EndsWith('?') && part.Length > 1;
        var body = optional ? part[..^1] : part;
        return new Element(ElementKind.Word, TokenTest.Parse(body, groups), 0, optional);
    }

    private enum ElementKind
    {
        Word,
        AnyOne,
        Gap,
        ClauseStart,
        ClauseEnd,
    }

    private sealed record Element(ElementKind Kind, TokenTest Test, int MaxGap, bool Optional);
}
