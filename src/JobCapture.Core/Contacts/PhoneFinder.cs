using System.Text.RegularExpressions;

namespace JobCapture.Core.Contacts;

/// <summary>Phone numbers written in the text. Conservative: a digit run becomes a phone only when it is written
/// the way a country's plan writes numbers, or when the words before it call it a number.</summary>
internal static class PhoneFinder
{
    private const int CueWindow = 40;

    private static readonly ContactVocabulary Words = ContactVocabulary.Shared;

    private static readonly Regex Candidate = new(
        @"(?<![A-Za-z\u00C0-\u024F0-9_@/$€£¥#%+-])(?<!\d[.,])(?<!\d[ .\/\u00A0-])(?:\+\s?|00(?=[1-9])|\(\+(?=\d{1,3}\)))?\(?\d[\d \u00A0().\/\u2010-\u2013-]{4,24}\d(?![A-Za-z\u00C0-\u024F0-9_%]|[.,]\d|-\w)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Vanity = new(
        @"(?<![\w-])(?:\+?1[-. ])?\(?[2-9]\d{2}\)?[-. ](?<tail>[A-Z0-9]{3}[-. ][A-Z0-9]{4}|[A-Z0-9]{4}[-. ][A-Z0-9]{3}|[A-Z0-9]{7})(?![\w-])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex ListSeparator = new(@"\s+/\s+|\s{2,}", RegexOptions.Compiled);
    private static readonly Regex PhoneCue = WordAlternation(Words.PhoneCues);
    private static readonly Regex NotPhoneCue = WordAlternation(Words.NotPhoneCues);
    private static readonly Regex WhatsAppCue = WordAlternation(Words.WhatsAppCues);
    private static readonly Regex Extension = new(
        $@"^\s*,?\s*\(?(?:{string.Join('|', Words.ExtensionWords.Select(w => Regex.Escape(w.TrimEnd('.', ':'))))})\.?\s*:?\s*(?<ext>\d{{1,6}})\b\)?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly HashSet<string> FaxCues = new(Words.FaxCues, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> NotPhoneAfter = new(Words.NotPhoneAfter, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<Contact> Find(string text, IReadOnlyList<string> regions)
    {
        var vanitySpans = new List<(int Start, int End)>();
        foreach (Match vanity in Vanity.Matches(text))
        {
            if (FromVanity(text, vanity, regions) is { } contact)
            {
                vanitySpans.Add((vanity.Index, vanity.Index + vanity.Length));
                yield return contact;
            }
        }

        var normalized = new Dictionary<(string Written, bool Cued), string?>();
        var match = Candidate.Match(text);
        while (match.Success)
        {
            var resumeAt = match.Index + match.Length;
            if (!vanitySpans.Any(s => match.Index < s.End && s.Start < resumeAt))
            {
                if (Read(text, match.Index, match.Value, regions, normalized) is { } whole)
                {
                    yield return whole;
                }
                else if (ListSeparator.Match(match.Value) is { Success: true } separator)
                {
                    // "030 1234567 / 030 7654321" is read as one run: take the first number and resume at the second.
                    if (FirstOfList(text, match, separator, regions, normalized) is { } first)
                    {
                        yield return first;
                    }

                    resumeAt = match.Index + separator.Index + separator.Length;
                }
            }

            match = Candidate.Match(text, resumeAt);
        }
    }

    private static Contact? FirstOfList(string text, Match match, Match separator, IReadOnlyList<string> regions, Dictionary<(string, bool), string?> normalized)
    {
        return separator.Index >= 6
            ? Read(text, match.Index, match.Value[..separator.Index], regions, normalized)
            : null;
    }

    /// <summary>A tel: link or a structured telephone: the markup itself says it is a number.</summary>
    public static string? NormalizeStated(string written, IReadOnlyList<string> regions) =>
        PhoneNormalizer.Normalize(written, cued: true, regions);

    /// <param name="normalized">Numbers already read in this text: a page repeats its numbers, and reading one
    /// against the plans is the costly step.</param>
    private static Contact? Read(string text, int start, string written, IReadOnlyList<string> regions, Dictionary<(string, bool), string?> normalized)
    {
        var end = start + written.Length;
        var cue = CueBefore(text, start);
        if (cue.Rejected || FollowedByNonPhoneWord(text, end) || PrecededByCurrency(text, start))
        {
            return null;
        }

        if (!normalized.TryGetValue((written, cue.Found), out var value))
        {
            value = PhoneNormalizer.Normalize(written, cue.Found, regions);
            normalized[(written, cue.Found)] = value;
        }

        if (value is null)
        {
            return null;
        }

        var extension = Extension.Match(text[end..Math.Min(text.Length, end + 24)]);
        if (extension.Success)
        {
            end += extension.Length;
        }

        return new Contact(ContactKind.Phone, value, text[start..end].Trim(), start, start + text[start..end].TrimEnd().Length)
        {
            Category = Categorize(text, cue, end),
            Extension = extension.Success ? extension.Groups["ext"].Value : null,
        };
    }

    private static Contact? FromVanity(string text, Match match, IReadOnlyList<string> regions)
    {
        var tail = match.Groups["tail"].Value;
        if (tail.Count(char.IsAsciiLetterUpper) < 2)
        {
            return null;
        }

        var cue = CueBefore(text, match.Index);
        var keypad = string.Concat(match.Value.Select(KeypadDigit));
        var value = cue.Rejected ? null : PhoneNormalizer.Normalize(keypad, cued: true, ["US"]);
        if (value is null)
        {
            return null;
        }

        var end = match.Index + match.Length;
        var extension = Extension.Match(text[end..Math.Min(text.Length, end + 24)]);
        return new Contact(ContactKind.Phone, value, text[match.Index..(end + extension.Length)], match.Index, end + extension.Length)
        {
            Category = Categorize(text, cue, end),
            Extension = extension.Success ? extension.Groups["ext"].Value : null,
        };
    }

    private static char KeypadDigit(char c) => c switch
    {
        >= 'A' and <= 'C' => '2',
        >= 'D' and <= 'F' => '3',
        >= 'G' and <= 'I' => '4',
        >= 'J' and <= 'L' => '5',
        >= 'M' and <= 'O' => '6',
        >= 'P' and <= 'S' => '7',
        >= 'T' and <= 'V' => '8',
        >= 'W' and <= 'Z' => '9',
        _ => c,
    };

    /// <summary>The nearest cue in the same line before the number decides: "Tel" makes it a number, "Job ID" or
    /// "PO Box" makes it not one.</summary>
    private static CueMatch CueBefore(string text, int start)
    {
        var windowStart = Math.Max(0, start - CueWindow);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1), start - windowStart) + 1;
        windowStart = Math.Max(windowStart, lineStart);
        var window = text[windowStart..start];
        var phone = PhoneCue.Match(window);
        var notPhone = NotPhoneCue.Match(window);
        if (notPhone.Success && (!phone.Success || notPhone.Index + notPhone.Length > phone.Index + phone.Length))
        {
            return new CueMatch(Found: false, Rejected: true, Word: notPhone.Value, Window: window);
        }

        return new CueMatch(phone.Success, Rejected: false, phone.Success ? phone.Value : "", window);
    }

    private static ContactCategory? Categorize(string text, CueMatch cue, int end)
    {
        var after = text[end..Math.Min(text.Length, end + 16)];
        if (WhatsAppCue.IsMatch(after) || WhatsAppCue.IsMatch(cue.Window))
        {
            return ContactCategory.WhatsApp;
        }

        // "Tel./Fax" names both: only a label that is fax alone makes a fax number.
        var isFax = FaxCues.Contains(cue.Word.TrimEnd('.', ':'))
            && PhoneCue.Matches(cue.Window).Count(m => !FaxCues.Contains(m.Value.TrimEnd('.', ':'))) is var others
            && (others == 0 || !IsLabelWithOtherCue(cue.Window));
        return isFax ? ContactCategory.Fax : null;
    }

    private static bool IsLabelWithOtherCue(string window)
    {
        var lastFax = window.LastIndexOf("fax", StringComparison.OrdinalIgnoreCase);
        var before = window[Math.Max(0, lastFax - 8)..Math.Max(0, lastFax)];
        return PhoneCue.IsMatch(before);
    }

    private static bool FollowedByNonPhoneWord(string text, int end)
    {
        var index = end;
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        var wordEnd = index;
        while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && wordEnd - index < 16)
        {
            wordEnd++;
        }

        var word = text[index..wordEnd].TrimEnd('.', ',', ';', ':', ')', '!', '?');
        return word.Length > 0 && (NotPhoneAfter.Contains(word) || word[0] is '%' or '€' or '$' or '£');
    }

    private static bool PrecededByCurrency(string text, int start)
    {
        var from = Math.Max(0, start - 4);
        return text.AsSpan(from, start - from).IndexOfAny("$€£¥₹") >= 0;
    }

    /// <summary>One right-to-left pattern per list: the match found first is the nearest to the number.</summary>
    private static Regex WordAlternation(IEnumerable<string> words)
    {
        var alternation = string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
        return new Regex($@"(?<![A-Za-z\u00C0-\u024F\d])(?:{alternation})(?![A-Za-z\u00C0-\u024F])", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
    }

    private readonly record struct CueMatch(bool Found, bool Rejected, string Word, string Window);
}
