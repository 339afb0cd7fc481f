using System.Text.RegularExpressions;

namespace JobCapture.Core.FollowUp;

/// <summary>Turns a phrase list into one precompiled alternation: longest phrases first, so "días hábiles" wins
/// over "días"; whitespace inside a phrase matches any run of spaces.</summary>
internal static class PhraseRegex
{
    public static string Alternation(IEnumerable<string> phrases) =>
        string.Join('|', phrases
            .Select(p => p.Trim().ToLowerInvariant())
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ThenBy(p => p, StringComparer.Ordinal)
            .Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal)));

    /// <summary>Whole words only: no letter or digit may touch the phrase on either side. Used on short texts
    /// (titles, one sentence), where the look-arounds cost nothing.</summary>
    public static Regex WholeWords(IEnumerable<string> phrases) =>
        new($@"(?<![\p{{L}}\p{{N}}])(?:{Alternation(phrases)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
