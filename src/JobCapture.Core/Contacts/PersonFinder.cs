using System.Text.RegularExpressions;

namespace JobCapture.Core.Contacts;

/// <summary>People named next to contact words ("Hiring manager: Dana Lee", "Ansprechpartnerin: Frau Dr. Anna
/// Schmidt", "Meet the hiring team"). A name after a generic word ("contact Dana") counts only when an address or
/// number follows it in the same line; the finder decides that when it attaches names.</summary>
internal static class PersonFinder
{
    private static readonly ContactVocabulary Words = ContactVocabulary.Shared;
    private static readonly Regex NameAfterCue = BuildNameAfterCue();
    private static readonly HashSet<string> NotNames = new(Words.NotNameWords, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> CompanySuffixes = new(Words.CompanySuffixes, StringComparer.OrdinalIgnoreCase);
    // The first and second letters of the cues, in either case: most places are ruled out before any case mapping,
    // which for a letter outside ASCII (a Korean page has thousands) is a call into ICU.
    private static readonly System.Buffers.SearchValues<char> CueInitials = LettersAt(0);
    private static readonly System.Buffers.SearchValues<char> CueSecondLetters = LettersAt(1);

    // Cues by their first two letters, longest first; every cue has at least two.
    private static readonly Dictionary<(char, char), PersonCue[]> CuesByOpening = Words.PersonCues
        .Where(cue => cue.Phrase.Length >= 2)
        .GroupBy(cue => Opening(cue.Phrase, 0))
        .ToDictionary(group => group.Key, group => group.OrderByDescending(cue => cue.Phrase.Length).ToArray());

    private static readonly Regex RoleWord = new(
        $@"(?<![\p{{L}}])(?:{string.Join('|', Words.RoleWords.OrderByDescending(r => r.Phrase.Length).Select(r => Regex.Escape(r.Phrase)))})(?![\p{{L}}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static IEnumerable<FoundPerson> Find(string text)
    {
        var lastNameEnd = -1;
        foreach (var (index, cue) in CueHits(text))
        {
            var match = NameAfterCue.Match(text, index + cue.Phrase.Length);
            if (!match.Success || match.Index + match.Length <= lastNameEnd || ToPerson(text, match, cue) is not { } person)
            {
                continue;
            }

            lastNameEnd = match.Index + match.Length;
            yield return person;
        }
    }

    /// <summary>Every place a cue phrase stands as whole words, in text order, the longest cue first at one place.
    /// One pass over the text, trying at each word start only the cues that open with its two letters: an
    /// alternation of all cues, or a search per cue, costs many passes over a long page.</summary>
    private static List<(int Index, PersonCue Cue)> CueHits(string text)
    {
        var hits = new List<(int Index, PersonCue Cue)>();
        for (var at = 0; at < text.Length - 1; at++)
        {
            if (!IsCueInitial(text[at]) || (at > 0 && char.IsLetter(text[at - 1])) || !CueSecondLetters.Contains(text[at + 1])
                || !CuesByOpening.TryGetValue(Opening(text, at), out var cues))
            {
                continue;
            }

            foreach (var cue in cues)
            {
                var end = at + cue.Phrase.Length;
                if (text.AsSpan(at).StartsWith(cue.Phrase, StringComparison.OrdinalIgnoreCase) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    hits.Add((at, cue));
                }
            }
        }

        return hits;
    }

    // Most characters of a page are ASCII: a table answers for them without a call.
    private static readonly bool[] AsciiCueInitials = [.. Enumerable.Range(0, 128).Select(c => CueInitials.Contains((char)c))];

    private static bool IsCueInitial(char c) => c < 128 ? AsciiCueInitials[c] : CueInitials.Contains(c);

    private static System.Buffers.SearchValues<char> LettersAt(int position) => System.Buffers.SearchValues.Create(
        [.. Words.PersonCues.Where(cue => cue.Phrase.Length >= 2)
            .SelectMany(cue => new[] { char.ToUpperInvariant(cue.Phrase[position]), char.ToLowerInvariant(cue.Phrase[position]) }).Distinct()]);

    private static (char, char) Opening(string text, int at) => (Upper(text[at]), Upper(text[at + 1]));

    private static char Upper(char c) => char.IsAscii(c) ? (char)(c & ~(char.IsAsciiLetterLower(c) ? 0x20 : 0)) : char.ToUpperInvariant(c);

    private static FoundPerson? ToPerson(string text, Match match, PersonCue cue)
    {
        var name = match.Groups["name"];
        var words = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToArray();
        var hasTitle = match.Groups["title"].Length > 0 || cue.IsTitle;
        if (words.Any(NotNames.Contains) || IsPossessive(name.Value) || (!hasTitle && words.Length < 2 && words[0].Length < 3)
            || CompanySuffixes.Contains(NextWord(text, name.Index + name.Length)))
        {
            return null;
        }

        // "Recruiter Ninja Award" is no person: a role word names one only as a label ("Recruiter:"), in a sentence
        // ("our recruiter is Tom Hughes"), with a title, or next to an address or number.
        // A title alone ("Frau Holle Kindergarten") names a brand as often as a person: it counts next to an
        // address or number.
        var labelled = match.Groups["colon"].Success || match.Groups["is"].Success || match.Groups["title"].Length > 0;
        var standalone = (cue.Standalone || labelled) && (hasTitle || words.Length >= 2);
        var start = cue.IsTitle ? match.Index - cue.Phrase.Length : match.Groups["title"].Length > 0 ? match.Groups["title"].Index : name.Index;
        var end = name.Index + name.Length;
        return new FoundPerson(
            new Contact(ContactKind.Person, name.Value, text[start..end], start, end) { Role = RoleOf(cue, text, end) },
            standalone);
    }

    /// <summary>"Mr. Smith's class" speaks about a person, it does not name a contact.</summary>
    private static bool IsPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>"Herr Lehmann GmbH" is a company: the word after a name tells.</summary>
    private static string NextWord(string text, int from)
    {
        var start = from;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or ';' or ':' or ')'))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>A role written right after the name ("Dana Lee, Talent Acquisition", or on the next line as
    /// LinkedIn shows its hiring team) beats the role the cue implies.</summary>
    private static ContactRole RoleOf(PersonCue cue, string text, int nameEnd)
    {
        var firstBreak = text.IndexOf('\n', nameEnd);
        var secondBreak = firstBreak < 0 ? -1 : text.IndexOf('\n', firstBreak + 1);
        var reach = Math.Min(nameEnd + 60, secondBreak < 0 ? text.Length : secondBreak);
        var after = text[nameEnd..reach];
        var role = RoleWord.Match(after);
        return role.Success && after[..role.Index].Trim(' ', ',', '(', '-', '–', '\n', '|').Length == 0
            ? Words.RoleWords.First(r => string.Equals(r.Phrase, role.Value, StringComparison.OrdinalIgnoreCase)).Role
            : cue.Role;
    }

    /// <summary>What follows a cue: an optional colon or "is", optional titles, then one to three capitalised
    /// words with particles ("van der", "de la") between them. Names are matched case-sensitively.</summary>
    private static Regex BuildNameAfterCue()
    {
        var titles = string.Join('|', Words.NameTitles.OrderByDescending(t => t.Length).Select(Regex.Escape));
        var particles = string.Join('|', Words.NameParticles.OrderByDescending(t => t.Length).Select(p => Regex.Escape(p).Replace(@"\ ", " ", StringComparison.Ordinal)));
        const string word = @"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?";
        return new Regex(
            $@"\G[ \t]*(?:(?<colon>[:–-])|(?<is>(?i:\s+(?:is|ist|est|es|is\s+de))(?=\s)))?\s*"
            + $@"(?<title>(?:(?i:{titles})\s+)*)(?<name>{word}(?:[ ](?:(?:{particles})[ ])*{word}){{0,2}})(?![\p{{L}}@]|[.\-_][\p{{L}}\d])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }
}

/// <summary>A person and whether the cue names them on its own (a label) or only next to an address or number.</summary>
internal readonly record struct FoundPerson(Contact Contact, bool Standalone);
