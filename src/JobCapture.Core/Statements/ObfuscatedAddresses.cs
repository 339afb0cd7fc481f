using System.Text;
using System.Text.RegularExpressions;

namespace JobCapture.Core.Statements;

/// <summary>
/// Addresses written to dodge address harvesters — "jobs (at) acme (dot) com", "info[at]firma.de",
/// "rrhh arroba empresa punto com" — rewritten as the plain addresses they stand for before tokenizing, so that a
/// sentence giving one gives an <c>&lt;email&gt;</c> like any other. The words for "at" and "dot" are data
/// ("addressWords" of each language file; one in brackets there, "(point)", is an everyday word and counts only
/// bracketed, unless a word that only ever means "at" stands before it: "carrieres arobase talentis point fr"). A bare
/// "at" ("apply at acme.com") is an address only when a spelled-out dot follows it ("careers at acme dot com"): alone it
/// is the preposition.
/// </summary>
internal sealed class ObfuscatedAddresses
{
    private const string Label = "[a-z0-9][a-z0-9-]*";
    private const string CutDomain = "cut.invalid";

    // The "at" that is also an everyday word; every other at-word ("arobase", "arroba") means only "@".
    private const string EverydayAt = "at";

    private readonly Regex _address;
    private readonly Regex _dot;
    private readonly Regex? _addressAfterSpelledAt;
    private readonly Regex? _anyDot;
    private readonly string[] _bracketedAts;
    private readonly string[] _spelledAts;

    // The spelled-out words that may stand in a hidden address: its dots, and the at-words no other word means.
    private readonly string[] _spelledWords;

    public ObfuscatedAddresses(IReadOnlyCollection<string> atWords, IReadOnlyCollection<string> dotWords)
    {
        atWords = [.. atWords.Select(TextNormalizer.Fold).Distinct()];
        var bracketedDots = dotWords.Select(word => TextNormalizer.Fold(word).Trim('(', ')')).Distinct().ToList();
        var spelledDots = dotWords.Where(word => !word.StartsWith('(')).Select(TextNormalizer.Fold).Distinct().ToList();
        var at = Alternation(atWords);
        var dot = $@"\s*[(\[{{]\s*(?:{Alternation(bracketedDots)}|\.)\s*[)\]}}]\s*|\s+(?:{Alternation(spelledDots)})\s+";
        // NonBacktracking: sentences come from hostile pages too, and this must stay linear in their length.
        _address = new Regex(
            $@"(?<local>[a-z0-9][a-z0-9._%+-]*)(?:\s*[(\[{{]\s*(?:{at}|@)\s*[)\]}}]\s*|(?<bare>\s+(?:{at})\s+))" +
            $@"(?<domain>{Label}(?:(?:(?<spelled>{dot})|\.){Label})+)?",
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        _dot = new Regex(dot, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        _bracketedAts = [.. atWords.Append("@").SelectMany(word => new[] { $"({word})", $"[{word}]", $"{{{word}}}", $"( {word} )", $"[ {word} ]" })];
        var spelledAts = atWords.Where(word => word != EverydayAt).ToList();
        _spelledAts = [.. spelledAts.Select(word => $" {word} ")];
        _spelledWords = [.. spelledDots.Select(word => $" {word} "), .. _spelledAts];
        if (spelledAts.Count == 0 || bracketedDots.Count == 0)
        {
            return;
        }

        var anyDot = $@"\s*[(\[{{]\s*(?:{Alternation(bracketedDots)}|\.)\s*[)\]}}]\s*|\s+(?:{Alternation(bracketedDots)})\s+";
        _addressAfterSpelledAt = new Regex(
            $@"(?<local>[a-z0-9][a-z0-9._%+-]*)\s+(?:{Alternation(spelledAts)})\s+(?<domain>{Label}(?:(?:{anyDot}|\.){Label})+)",
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        _anyDot = new Regex(anyDot, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    /// <summary>The folded sentence with every obfuscated address written plainly; the same string when it holds none.</summary>
    public string Rewrite(string folded)
    {
        if (!MayHoldOne(folded))
        {
            return folded;
        }

        var plain = _address.Replace(folded, match =>
            match.Groups["bare"].Success && !match.Groups["spelled"].Success ? match.Value : Plain(match));
        return _addressAfterSpelledAt is not null && _spelledAts.Any(at => plain.Contains(at, StringComparison.Ordinal))
            ? _addressAfterSpelledAt.Replace(plain, match => $"{match.Groups["local"].Value}@{_anyDot!.Replace(match.Groups["domain"].Value, ".")}")
            : plain;
    }

    private string Plain(Match match) =>
        match.Groups["domain"].Success
            ? $"{match.Groups["local"].Value}@{_dot.Replace(match.Groups["domain"].Value, ".")}"
            // "Interesados enviar CV a info(arroba)": the domain was cut where the ad was copied; a bracketed "at"
            // still says an address stood here.
            : $"{match.Groups["local"].Value}@{CutDomain} ";

    // Asked of every sentence of a page: one scan for a bracket first, the bracketed forms only after one is found.
    private bool MayHoldOne(string folded)
    {
        if (folded.AsSpan().IndexOfAny("([{") >= 0)
        {
            foreach (var form in _bracketedAts)
            {
                if (folded.Contains(form, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        foreach (var word in _spelledWords)
        {
            if (folded.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
}
