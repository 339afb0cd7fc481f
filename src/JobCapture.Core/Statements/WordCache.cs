using Microsoft.Extensions.ObjectPool;

namespace JobCapture.Core.Statements;

/// <summary>
/// One string per distinct word: a page repeats its words many times, and the tokenizer would otherwise allocate each
/// occurrence. Caches are pooled, one per tokenizing thread at a time, and keep their words between sentences and
/// pages. Bounded, so a hostile text of unique words cannot grow one without end.
/// </summary>
internal sealed class WordCache
{
    private const int MaxWords = 50_000;
    private const int MaxWordLength = 32;

    public static ObjectPool<WordCache> Pool { get; } = new DefaultObjectPool<WordCache>(new DefaultPooledObjectPolicy<WordCache>());

    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);

    public string Intern(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return word.ToString();
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        if (_words.Count >= MaxWords)
        {
            _words.Clear();
        }

        var text = word.ToString();
        _words[text] = text;
        return text;
    }
}
