using System.Text.RegularExpressions;

namespace JobCapture.Core.Statements;

/// <summary>
/// Joins the gender-inclusive endings ads write into the word they belong to, so that the phrase data sees one word:
/// French "candidat·e·s" is "candidats" and "intéressé·e" is "intéressé"; German "Bewerber:innen", "Bewerber*innen",
/// "Bewerber_innen" and "Mitarbeiter/innen" are "bewerberinnen" and "mitarbeiterinnen". Left apart, the colon ends a
/// clause and the ending reads as a word of its own.
/// </summary>
internal static partial class GenderedEndings
{
    /// <summary>Works on folded (lower-case) text.</summary>
    public static string Join(string folded)
    {
        if (folded.Contains('·'))
        {
            folded = FrenchEnding().Replace(folded, match => match.Groups["plural"].Success || match.Groups["ending"].Value.EndsWith('s') ? "s" : "");
        }

        // Most sentences hold no such ending: a scan for the mark before "in" spares them the regex.
        return HasGermanEnding(folded) ? GermanEnding().Replace(folded, "${ending}") : folded;
    }

    private static readonly System.Buffers.SearchValues<char> GermanMarks = System.Buffers.SearchValues.Create(":*_/");

    private static bool HasGermanEnding(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(GermanMarks); at >= 0; at = NextMark(text, at))
        {
            if (text[(at + 1)..].StartsWith("in", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextMark(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOfAny(GermanMarks);
        return next < 0 ? -1 : at + 1 + next;
    }

    [GeneratedRegex(@"(?<=\p{L}{2})·(?<ending>\p{L}{1,5})(?:·(?<plural>s))?(?!\p{L})")]
    private static partial Regex FrenchEnding();

    // Not before "/" or ".": "linkedin.com/in/…" and "…/in/" are addresses.
    [GeneratedRegex(@"(?<=\p{L}{3})[:*_/](?<ending>innen|in)(?=[\s,;!?)]|\.(?!\p{L})|$)")]
    private static partial Regex GermanEnding();
}
