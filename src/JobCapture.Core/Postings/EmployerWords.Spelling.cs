using System.Text;

namespace JobCapture.Core.Postings;

/// <summary>How a slug or a host name spells a name the page writes: "stadtwerke-muehlental" is "Stadtwerke Mühlental
/// GmbH", "graphicdesigninstitute" is "Graphic Design Institute".</summary>
internal sealed partial class EmployerWords
{
    // How far into the text a host name written without spaces is looked for as words ("graphicdesign" as "Graphic Design").
    private const int SpacedNameReach = 20_000;

    /// <summary>The text's spelling of a host name written without spaces: "graphicdesigninstitute" is "Graphic Design
    /// Institute" where capitalised words in the text spell it; null when none do.</summary>
    public string? SpacedSpelling(string text, string hostName) =>
        !hostName.Contains(' ') && SpellingOfKey(text, Key(hostName)) is var (start, end) ? text[start..end] : null;

    /// <summary>The page's spelling of a tracking system's tenant slug, with the legal form the page puts after it:
    /// "stadtwerke-muehlental" is "Stadtwerke Mühlental GmbH" in "Wir, die Stadtwerke Mühlental GmbH, versorgen";
    /// null when the text never spells it.</summary>
    public string? SpellingOfSlug(string text, string slug) =>
        SpellingOfKey(text, Key(slug)) is var (start, end) ? text[start..end] + LegalFormAt(text, end) : null;

    /// <summary>Capitalised words of the text that spell <paramref name="key"/> letter by letter, a letter a slug cannot
    /// hold spelled as it transliterates ("Mühlental" for "muehlental").</summary>
    private (int Start, int End)? SpellingOfKey(string text, string key)
    {
        if (key.Length < 4)
        {
            return null;
        }

        var reach = Math.Min(text.Length, SpacedNameReach);
        for (var start = 0; start < reach; start++)
        {
            if (char.IsUpper(text[start]) && (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
                && EndOfSpelling(text, start, reach, key) is var end and > 0)
            {
                return (start, end);
            }
        }

        return null;
    }

    /// <summary>Where the text from <paramref name="start"/> has spelled all of <paramref name="key"/> at the end of a
    /// word; -1 when it spells something else first.</summary>
    private int EndOfSpelling(string text, int start, int reach, string key)
    {
        var matched = 0;
        for (var i = start; i < reach && matched < key.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var letters = LettersSpelling(char.ToLowerInvariant(c), key, matched);
                if (letters == 0)
                {
                    return -1;
                }

                matched += letters;
                if (matched == key.Length && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
                {
                    return i + 1;
                }
            }
            else if (c != ' ' && c != '-' && c != '&' && c != '\'')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>How many letters of the key from <paramref name="at"/> spell the letter <paramref name="c"/>: itself,
    /// its transliteration ("ü" as "ue") or its base letter ("é" as "e"); 0 when none do.</summary>
    private int LettersSpelling(char c, string key, int at)
    {
        if (key[at] == c)
        {
            return 1;
        }

        if (_transliterations.TryGetValue(c, out var spelled) && string.CompareOrdinal(key, at, spelled, 0, spelled.Length) == 0)
        {
            return spelled.Length;
        }

        return WithoutDiacritics(c.ToString()) is [var letter] && letter == key[at] ? 1 : 0;
    }

    /// <summary>" GmbH" in "Acme GmbH, Leeds" after the end of "Acme"; "" when no legal form follows.</summary>
    private string LegalFormAt(string text, int end)
    {
        foreach (var form in _legalForms)
        {
            var formEnd = end + 1 + form.Length;
            if (formEnd <= text.Length && text[end] == ' ' && string.CompareOrdinal(text, end + 1, form, 0, form.Length) == 0
                && (formEnd == text.Length || !char.IsLetterOrDigit(text[formEnd])))
            {
                return text[end..formEnd];
            }
        }

        return "";
    }

    /// <summary>"Acme" for "Acme GmbH", "Acme, Inc." or "Acme Ltd"; the name itself when no legal form ends it.</summary>
    private string WithoutLegalForm(string name)
    {
        foreach (var form in _legalForms)
        {
            if (name.Length > form.Length + 1 && name.EndsWith(form, StringComparison.Ordinal) && name[^(form.Length + 1)] == ' ')
            {
                return name[..^(form.Length + 1)].TrimEnd(',', ' ');
            }
        }

        return name;
    }

    /// <summary>The ways a slug or a host may spell a name: as written, without its accents, transliterated ("ö" as
    /// "oe", then without accents), each with and without its legal form.</summary>
    private IEnumerable<string> SlugKeys(string name) =>
        new[] { name, WithoutLegalForm(name) }
            .SelectMany(form => new[] { Key(form), Key(WithoutDiacritics(form)), Key(WithoutDiacritics(Transliterated(form))) })
            .Where(key => key.Length > 0)
            .Distinct(StringComparer.Ordinal);

    /// <summary>True when a URL's slug or host name spells the name: "kaffeeroesterei-hanse" spells "Kaffeerösterei
    /// Hanse GmbH".</summary>
    public bool SlugSpells(string slug, string name) => Key(slug) is { Length: > 1 } key && SlugKeys(name).Contains(key);

    private string Transliterated(string name)
    {
        var spelled = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            spelled.Append(_transliterations.TryGetValue(char.ToLowerInvariant(c), out var letters) ? letters : char.ToLowerInvariant(c).ToString());
        }

        return spelled.ToString();
    }

    // A host name shortens a name ("uni" for "Universität", "labs" for "Laboratories") but keeps most of it.
    private const double MinLooseSpellingShare = 0.6;
    private const int MinLooseSpellingStart = 3;

    /// <summary>True when a host name spells a name loosely: "uni weserbergland" is "Universität Weserbergland",
    /// "northfieldlabs" is "Northfield Laboratories, LLC": they start alike, the shorter's letters stand in the longer
    /// in order, and the shorter keeps most of the longer's length.</summary>
    public bool HostSpellsLoosely(string host, string name)
    {
        var hostKey = Key(host);
        return SlugKeys(name).Any(key => SpellsLoosely(hostKey, key));
    }

    private static bool SpellsLoosely(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length > MinLooseSpellingStart && shorter.Length >= MinLooseSpellingShare * longer.Length
            && string.CompareOrdinal(shorter, 0, longer, 0, MinLooseSpellingStart) == 0 && IsSubsequence(shorter, longer);
    }

    private static bool IsSubsequence(string shorter, string longer)
    {
        var at = 0;
        foreach (var c in longer)
        {
            if (at < shorter.Length && shorter[at] == c)
            {
                at++;
            }
        }

        return at == shorter.Length;
    }

    // A German noun declines by a letter or two ("Stadtwerke", "Stadtwerken", "Kreises"); a shorter word is another word.
    private const int MaxDeclensionLetters = 2;
    private const int MinDeclinedWordLength = 4;

    /// <summary>True when two names are one but for their words' endings: "Stadtwerken Lindenau" after "bei den" is
    /// "Stadtwerke Lindenau".</summary>
    public static bool DeclinedAlike(string a, string b)
    {
        var aWords = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bWords = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return aWords.Length == bWords.Length && aWords.Length > 0 && !a.Equals(b, StringComparison.OrdinalIgnoreCase)
            && aWords.Zip(bWords).All(pair => pair.First.Equals(pair.Second, StringComparison.OrdinalIgnoreCase) || DeclinedWord(pair.First, pair.Second));
    }

    private static bool DeclinedWord(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinDeclinedWordLength && longer.Length - shorter.Length <= MaxDeclensionLetters
            && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) && longer[shorter.Length..].All(char.IsLower);
    }

    /// <summary>True for a name that ends in a legal form ("Nordlicht Versicherung AG"): a company's, never a place's.</summary>
    public bool EndsInLegalForm(string name) => WithoutLegalForm(name.Trim()).Length < name.Trim().Length;

    /// <summary>True when two names are one, with or without their legal forms ("Acme" and "Acme GmbH").</summary>
    public bool SameName(string a, string b) => Key(WithoutLegalForm(a.TrimEnd('.', ' '))) == Key(WithoutLegalForm(b.TrimEnd('.', ' ')));

    /// <summary>True when a line ("© 2026 Acme GmbH. All rights reserved.", "Logo der Acme") writes the name as words
    /// of its own, with or without its legal form.</summary>
    public bool WritesName(string line, string name)
    {
        var bare = WithoutLegalForm(name);
        for (var at = line.IndexOf(bare, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(bare, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (StandsAlone(line, at, at + bare.Length))
            {
                return true;
            }
        }

        return false;
    }
}
