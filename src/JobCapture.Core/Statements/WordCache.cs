namespace JobCapture.Core.Statements;

/// <summary>
/// One string per distinct word, per thread: a page repeats its words many times, and the tokenizer would otherwise
/// allocate each occurrence. Bounded, so a hostile text of unique words cannot grow it without end.
/// </summary>
internal static class WordCache
{
    private const int MaxWords = 50_000;
    private const int MaxWordLength = 32;

    [ThreadStatic]
    private static Dictionary<string, string>? _words;

    public static string Intern(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return word.ToString();
        }

        var words = _words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        if (words.Count >= MaxWords)
        {
            words.Clear();
        }

        var text = word.ToString();
        words[text] = text;
        return text;
    }
}
