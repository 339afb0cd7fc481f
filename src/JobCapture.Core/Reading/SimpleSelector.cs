using AngleSharp.Dom;

namespace JobCapture.Core.Reading;

/// <summary>
/// A compound selector without combinators (<c>tag</c>, <c>#id</c>, <c>.class</c>, <c>[attr]</c>, <c>[attr=v]</c>,
/// <c>[attr*=v]</c>, <c>[attr^=v]</c>, chained: <c>div.a.b[data-x=y]</c>). The reader tests every element once,
/// so it cannot afford AngleSharp's <c>Matches</c> (which parses and walks a selector tree per call).
/// </summary>
internal sealed class SimpleSelector
{
    private readonly List<(string Name, char Operator, string Value)> _attributes = [];
    private readonly List<string> _classes = [];

    private SimpleSelector(string text) => Text = text;

    public string Text { get; }

    public string? Tag { get; private set; }

    public string? Id { get; private set; }

    public IReadOnlyList<string> Classes => _classes;

    public IReadOnlyList<(string Name, char Operator, string Value)> Attributes => _attributes;

    public static SimpleSelector Parse(string text)
    {
        var selector = new SimpleSelector(text);
        var i = 0;
        selector.Tag = ReadName(text, ref i) is { Length: > 0 } tag ? tag.ToLowerInvariant() : null;
        while (i < text.Length)
        {
            var marker = text[i++];
            switch (marker)
            {
                case '#':
                    selector.Id = ReadName(text, ref i);
                    break;
                case '.':
                    selector._classes.Add(ReadName(text, ref i));
                    break;
                case '[':
                    selector._attributes.Add(ReadAttribute(text, ref i));
                    break;
                default:
                    throw new FormatException($"Unsupported selector '{text}'.");
            }
        }

        return selector;
    }

    /// <summary>True when every part matches.</summary>
    public bool Matches(IElement element)
    {
        if ((Tag is not null && Tag != element.LocalName) || (Id is not null && Id != element.Id))
        {
            return false;
        }

        var classAttribute = _classes.Count > 0 ? AttributeOf(element, "class") : null;
        foreach (var name in _classes)
        {
            if (!SelectorIndex<object>.HasClassToken(classAttribute, name))
            {
                return false;
            }
        }

        foreach (var (name, op, value) in _attributes)
        {
            var actual = AttributeOf(element, name);
            var matches = actual is not null && op switch
            {
                '=' => string.Equals(actual, value, StringComparison.Ordinal),
                '*' => actual.Contains(value, StringComparison.Ordinal),
                '^' => actual.StartsWith(value, StringComparison.Ordinal),
                _ => true,
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The attribute's value by its (already lower-case) name. AngleSharp's <c>GetAttribute</c> lower-cases
    /// the name on every call; the selectors' names are lower-cased once, when parsed.</summary>
    private static string? AttributeOf(IElement element, string name)
    {
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static string ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is not ('#' or '.' or '[' or ']' or '=' or '*' or '^'))
        {
            i++;
        }

        return text[start..i];
    }

    private static (string, char, string) ReadAttribute(string text, ref int i)
    {
        var name = ReadName(text, ref i).ToLowerInvariant();
        var op = ' ';
        var value = "";
        if (i < text.Length && text[i] is '*' or '^')
        {
            op = text[i++];
        }

        if (i < text.Length && text[i] == '=')
        {
            op = op == ' ' ? '=' : op;
            var end = text.IndexOf(']', ++i);
            value = text[i..end].Trim('"', '\'');
            i = end;
        }

        if (i >= text.Length || text[i] != ']')
        {
            throw new FormatException($"Unclosed attribute in selector '{text}'.");
        }

        i++;
        return (name, op, value);
    }
}
