using System.Collections.Concurrent;

namespace JobCapture.Core.Statements;

/// <summary>
/// Whether one token fits a pattern element such as <c>call|phone*|*anruf*|@agency</c>: exact words, prefixes
/// ("phone*"), suffixes ("*vermittler") and infixes ("*anruf*"), with <c>@name</c> expanded from the language's
/// word groups. Folded the same way as the text, so data may be written with accents.
/// </summary>
internal sealed class TokenTest
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];
    private readonly List<string> _suffixes = [];
    private readonly List<string> _infixes = [];

    // Affix tests are answered once per distinct token: a long page repeats its words many times.
    private readonly ConcurrentDictionary<string, bool> _affixAnswers = new(StringComparer.Ordinal);
    private const int MaxCachedAnswers = 50_000;
    private int _cachedAnswers;

    public IReadOnlyCollection<string> ExactWords => _exact;

    public bool HasOnlyExactWords => _prefixes.Count == 0 && _suffixes.Count == 0 && _infixes.Count == 0;

    public static TokenTest Parse(string alternatives, IReadOnlyDictionary<string, string[]> groups)
    {
        var test = new TokenTest();
        test.Add(alternatives, groups, depth: 0);
        return test;
    }

    public bool Matches(string token)
    {
        if (TextNormalizer.IsBoundary(token))
        {
            return false;
        }

        if (_exact.Contains(token))
        {
            return true;
        }

        if (HasOnlyExactWords)
        {
            return false;
        }

        if (_affixAnswers.TryGetValue(token, out var known))
        {
            return known;
        }

        // Counted by hand: ConcurrentDictionary.Count takes every lock, and the first page asks about every word.
        if (Interlocked.Increment(ref _cachedAnswers) > MaxCachedAnswers)
        {
            _affixAnswers.Clear();
            Interlocked.Exchange(ref _cachedAnswers, 0);
        }

        return _affixAnswers[token] = MatchesAffix(token);
    }

    private bool MatchesAffix(string token)
    {
        foreach (var prefix in _prefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var suffix in _suffixes)
        {
            if (token.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var infix in _infixes)
        {
            if (token.Contains(infix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(string alternatives, IReadOnlyDictionary<string, string[]> groups, int depth)
    {
        foreach (var raw in alternatives.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.StartsWith('@') && raw.Length > 1 && !raw.Contains('.'))
            {
                AddGroup(raw[1..], groups, depth);
            }
            else
            {
                AddWord(raw);
            }
        }
    }

    private void AddGroup(string name, IReadOnlyDictionary<string, string[]> groups, int depth)
    {
        if (depth > 8 || !groups.TryGetValue(name, out var members))
        {
            throw new InvalidDataException($"Unknown or recursive word group '@{name}' in statement data.");
        }

        foreach (var member in members)
        {
            Add(member, groups, depth + 1);
        }
    }

    private void AddWord(string raw)
    {
        var leading = raw.StartsWith('*');
        var trailing = raw.EndsWith('*') && raw.Length > 1;
        var word = raw.Trim('*');
        word = word.StartsWith('<') ? word : TextNormalizer.Fold(word);
        var list = (leading, trailing) switch
        {
            (true, true) => _infixes,
            (true, false) => _suffixes,
            (false, true) => _prefixes,
            _ => null,
        };
        if (list is null)
        {
            _exact.Add(word);
        }
        else
        {
            list.Add(word);
        }
    }
}
