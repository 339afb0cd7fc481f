using System.Text.RegularExpressions;

namespace JobCapture.Core.Contacts;

/// <summary>Email addresses written in the text: plain, and obfuscated the ways people really write them.</summary>
internal static class EmailFinder
{
    /// <summary>A posting hides one or two addresses; a page of thousands of "(at)" is hostile, not a job ad.</summary>
    private const int MaxBracketedAts = 64;

    private static readonly ContactVocabulary Words = ContactVocabulary.Shared;

    private static readonly Regex Plain = new(
        @"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\w-]|\.[\p{L}\p{N}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Bracketed = BuildBracketed();
    private static readonly Regex BracketedAt = new(
        $@"[\[\(\{{]\s*(?:{Alternation(Words.ObfuscationAt)})\s*[\]\)\}}]",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Spelled = BuildSpelled();
    private static readonly HashSet<string> PlainTopLevel = new(Words.PlainTopLevelDomains, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> NotLocal = new(Words.NotLocalParts, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<Contact> Find(string text)
    {
        if (text.Contains('@', StringComparison.Ordinal))
        {
            foreach (Match match in Plain.Matches(text))
            {
                if (!IsInsideUrl(text, match.Index) && EmailAddresses.Normalize(match.Value) is { } address)
                {
                    yield return Create(address, match);
                }
            }
        }

        foreach (var match in BracketedMatches(text))
        {
            if (Decode(match) is { } address)
            {
                yield return Create(address, match);
            }
        }

        // Spelled-out addresses need " dot "; most texts have none, and the pattern is costly to run everywhere.
        if (!text.Contains(" dot ", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        foreach (Match match in Spelled.Matches(text))
        {
            if (!NotLocal.Contains(match.Groups["local"].Value)
                && PlainTopLevel.Contains(match.Groups["domain"].Captures[^1].Value)
                && Decode(match) is { } address)
            {
                yield return Create(address, match);
            }
        }
    }

    /// <summary>The full pattern runs only around a bracketed "(at)": scanning every word with it is slow.</summary>
    private static IEnumerable<Match> BracketedMatches(string text)
    {
        var consumed = 0;
        foreach (var at in BracketedAt.Matches(text).Take(MaxBracketedAts))
        {
            var from = Math.Max(consumed, at.Index - 64);
            var to = Math.Min(text.Length, at.Index + at.Length + 128);
            var match = Bracketed.Match(text, from, to - from);
            if (match.Success && match.Index <= at.Index)
            {
                consumed = match.Index + match.Length;
                yield return match;
            }
        }
    }

    private static Contact Create(string address, Match match) =>
        new(ContactKind.Email, address, match.Value, match.Index, match.Index + match.Length)
        {
            Category = EmailAddresses.Classify(address),
        };

    private static string? Decode(Match match)
    {
        var local = match.Groups["local"].Captures.Select(c => c.Value);
        var labels = match.Groups["domain"].Captures.Select(c => c.Value);
        return EmailAddresses.Normalize($"{string.Join('.', local)}@{string.Join('.', labels)}");
    }

    /// <summary>"https://user@host.example/" holds a URL's user part, not an address.</summary>
    private static bool IsInsideUrl(string text, int start)
    {
        var tokenStart = start;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1]) && start - tokenStart < 200)
        {
            tokenStart--;
        }

        return text.AsSpan(tokenStart, start - tokenStart).Contains("://", StringComparison.Ordinal);
    }

    /// <summary>"dana (at) acme (dot) example", "dana[at]acme.example", "dana {at} acme . example".</summary>
    private static Regex BuildBracketed()
    {
        var at = Alternation(Words.ObfuscationAt);
        var dot = Alternation(Words.ObfuscationDot);
        var bracketedAt = $@"\s*(?:\[\s*(?:{at})\s*\]|\(\s*(?:{at})\s*\)|\{{\s*(?:{at})\s*\}})\s*";
        var bracketedDot = $@"\s*(?:\[\s*(?:{dot})\s*\]|\(\s*(?:{dot})\s*\)|\{{\s*(?:{dot})\s*\}})\s*";
        var separator = $@"(?:{bracketedDot}|\.)";
        return new Regex(
            $@"(?<![\w.+-])(?<local>[a-z0-9][a-z0-9._%+-]*)(?:{bracketedDot}(?<local>[a-z0-9][a-z0-9._%+-]*))*{bracketedAt}(?<domain>[a-z0-9-]+)(?:{separator}(?<domain>[a-z0-9-]+))+(?![\w-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    /// <summary>"dana at acme dot example": accepted only with a known top-level domain and a local part that is
    /// not an ordinary word ("meet us at acme dot com" is not us@acme.com).</summary>
    private static Regex BuildSpelled() =>
        new(
            @"(?<![\w.+@-])(?<local>[a-z0-9][a-z0-9._-]*)\s+(?:at|AT)\s+(?<domain>[a-z0-9-]+)(?:\s+(?:dot|DOT)\s+(?<domain>[a-z]{2,6}))+(?![\w-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
}
