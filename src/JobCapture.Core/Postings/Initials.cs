using System.Text.RegularExpressions;

namespace JobCapture.Core.Postings;

/// <summary>A name written as its initials ("GHVL") and the words a text spells them out with ("Groupe Hospitalier Val
/// de Loire"): capitalised words in a row, each giving the next initial, short lower-case words ("de", "of") between.</summary>
internal static partial class Initials
{
    private const int MaxParticleLength = 3;

    // Two capitals ("HR", "IT") are as often a word as a name.
    private const int MinInitials = 3;

    /// <summary>The text's words for <paramref name="initials"/>; null when no run of words spells them.</summary>
    public static string? SpelledOut(string text, string initials)
    {
        var letters = initials.ToUpperInvariant();
        if (letters.Length < MinInitials || !letters.All(char.IsLetter))
        {
            return null;
        }

        var words = Word().Matches(text);
        for (var first = 0; first < words.Count; first++)
        {
            if (LastWordOfRun(text, words, first, letters) is var last and >= 0)
            {
                return text[words[first].Index..(words[last].Index + words[last].Length)];
            }
        }

        return null;
    }

    /// <summary>The word that gives the last initial of a run starting at <paramref name="first"/>; -1 when the run
    /// spells something else.</summary>
    private static int LastWordOfRun(string text, MatchCollection words, int first, string letters)
    {
        var matched = 0;
        for (var i = first; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (i > first && !OnlySpaceBetween(text, words[i - 1], words[i]))
            {
                return -1;
            }

            if (char.IsUpper(word[0]))
            {
                if (word[0] != letters[matched])
                {
                    return -1;
                }

                if (++matched == letters.Length)
                {
                    return i;
                }
            }
            else if (matched == 0 || word.Length > MaxParticleLength)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool OnlySpaceBetween(string text, Match before, Match after) =>
        text.AsSpan(before.Index + before.Length, after.Index - before.Index - before.Length).Trim(" -'’").IsEmpty;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
