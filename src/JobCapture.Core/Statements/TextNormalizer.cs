using System.Globalization;
using System.Text;
using JobCapture.Core.Contacts;

namespace JobCapture.Core.Statements;

/// <summary>
/// Turns a sentence into the tokens the phrase patterns match: lower-case, accents folded, apostrophes unified,
/// emoji and bullets dropped, e-mail addresses, links and phone numbers replaced by class tokens, and clause
/// punctuation kept as boundary tokens (".") or soft boundaries (",").
/// </summary>
internal static class TextNormalizer
{
    public const string HardBoundary = ".";
    public const string SoftBoundary = ",";
    public const string EmailToken = "<email>";

    /// <summary>An address kept for something else than hiring ("press@", "datenschutz@"): no channel for applicants.</summary>
    public const string OtherPurposeEmailToken = "<otheremail>";
    public const string UrlToken = "<url>";
    public const string PhoneToken = "<phone>";
    public const string AddressToken = "<address>";
    public const string DateToken = "<date>";
    public const string TimeToken = "<time>";

    /// <summary>"Tel. ___", "unter _____": a number or address blanked out where the ad was copied.</summary>
    public const string BlankToken = "<blank>";

    private const int MinPhoneDigits = 6;

    public static bool IsBoundary(string token) => token is HardBoundary or SoftBoundary;

    /// <summary>An address, number or link standing in for what the text gave.</summary>
    public static bool IsContactToken(string token) => token is EmailToken or OtherPurposeEmailToken or UrlToken or PhoneToken or AddressToken or BlankToken;

    /// <summary>Lower-cases and strips diacritics so that "Rückfragen" and "ruckfragen", "télé" and "tele" meet.</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text) && !text.Contains('`'))
        {
            return text.ToLowerInvariant();
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(FoldedChars[c] ??= FoldChar(c));
        }

        return folded.ToString();
    }

    // Each character folds on its own: lower-casing is per character, and decomposing a whole text is decomposing
    // each character (only the order of combining marks can differ, and folding drops them). So every character is
    // folded once, on first sight, and a text costs a table look-up per character: normalizing every sentence made
    // one with a curly apostrophe or a dash ten times dearer than plain ASCII. A lone surrogate cannot be normalized
    // and has no case; it is kept as it is.
    private static readonly string?[] FoldedChars = new string?[char.MaxValue + 1];

    private static string FoldChar(char c) => char.IsSurrogate(c) ? c.ToString() : FoldByNormalizing(c.ToString());

    private static string FoldByNormalizing(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC':
                    folded.Append('\'');
                    break;
                case '\u00DF':
                    folded.Append("ss");
                    break;
                case '\u0153':
                    folded.Append("oe");
                    break;
                case '\u00E6':
                    folded.Append("ae");
                    break;
                case '\u00F8':
                    folded.Append('o');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        folded.Append(c);
                    }

                    break;
            }
        }

        return folded.ToString();
    }

    /// <summary>Fills <paramref name="tokens"/> (emptied first) with the tokens of a folded sentence.</summary>
    public static void Tokenize(string folded, IReadOnlySet<string> abbreviations, Func<List<string>, int, string[], bool> namesOtherNumber, List<string> tokens)
    {
        var words = WordCache.Pool.Get();
        try
        {
            AddTokens(folded, abbreviations, tokens, words);
            MergePhoneNumbers(tokens, namesOtherNumber);
        }
        finally
        {
            WordCache.Pool.Return(words);
        }
    }

    private static void AddTokens(string folded, IReadOnlySet<string> abbreviations, List<string> tokens, WordCache words)
    {
        tokens.Clear();
        var position = 0;
        while (position < folded.Length)
        {
            while (position < folded.Length && char.IsWhiteSpace(folded[position]))
            {
                position++;
            }

            var chunkStart = position;
            while (position < folded.Length && !char.IsWhiteSpace(folded[position]))
            {
                position++;
            }

            if (position > chunkStart)
            {
                AddChunk(folded.AsSpan(chunkStart, position - chunkStart), abbreviations, tokens, words, new Following(folded, position));
            }
        }
    }

    /// <summary>"✉️ jobs@…", "📞0803 …": a contact symbol before an address or number labels it as a word would
    /// ("mail", "tel"); the symbol's variation selector goes with it. Returns the rest of the chunk.</summary>
    private static ReadOnlySpan<char> AddSymbolLabel(ReadOnlySpan<char> chunk, List<string> tokens)
    {
        // Every word of a page passes here: the symbols all sit above U+2600, letters of the five languages below.
        if (chunk.IsEmpty || chunk[0] < '\u2600')
        {
            return chunk;
        }

        foreach (var (symbol, label) in ContactVocabulary.Shared.SymbolLabels)
        {
            if (chunk.StartsWith(symbol, StringComparison.Ordinal))
            {
                tokens.Add(label);
                return chunk[symbol.Length..].TrimStart('\uFE0F');
            }
        }

        return chunk;
    }

    /// <summary>What comes after a chunk, read only where a full stop needs it: "No. 5" goes on before a number, "bis 30.
    /// April" before a month.</summary>
    private readonly record struct Following(string? Text, int Position)
    {
        public bool StartsWithDigit => Text is not null && FirstNonSpace() is var at && at < Text.Length && (char.IsAsciiDigit(Text[at]) || Text[at] is '+' or '(');

        public bool StartsWithMonth
        {
            get
            {
                if (Text is null)
                {
                    return false;
                }

                var start = FirstNonSpace();
                var end = start;
                while (end < Text.Length && char.IsLetter(Text[end]))
                {
                    end++;
                }

                return end > start && Reading.SentenceSplitter.IsMonthAfterDay(Text.AsSpan(start, end - start));
            }
        }

        private int FirstNonSpace()
        {
            var at = Position;
            while (at < Text!.Length && char.IsWhiteSpace(Text[at]))
            {
                at++;
            }

            return at;
        }
    }

    private static void AddChunk(
        ReadOnlySpan<char> chunk, IReadOnlySet<string> abbreviations, List<string> tokens, WordCache words, Following next = default)
    {
        chunk = AddSymbolLabel(chunk, tokens);
        if (chunk.IsEmpty)
        {
            return;
        }

        // A dash standing between words ("Do not call or email – apply at our office") parts clauses as a comma does,
        // so a negation before it does not reach what follows. Between digit groups it is part of a phone number.
        if (chunk.Trim("-\u2013\u2014").IsEmpty)
        {
            if (tokens.Count > 0 && !IsDigits(tokens[^1]) && !IsBoundary(tokens[^1]))
            {
                tokens.Add(SoftBoundary);
            }

            return;
        }

        var core = chunk.TrimEnd(".,;:!?)]\"'");
        var at = core.IndexOf('@');
        if (at > 0 && core[at..].Contains('.'))
        {
            // "dirección:rrhh@…", "E-Mail:jobs@…": a label written against the address is a word of its own.
            var labelEnd = core[..at].LastIndexOf(':');
            if (labelEnd > 0)
            {
                AddChunk(core[..(labelEnd + 1)], abbreviations, tokens, words);
                AddChunk(chunk[(labelEnd + 1)..], abbreviations, tokens, words, next);
                return;
            }

            tokens.Add(EmailAddresses.TakesApplicants(core.TrimStart("(<[\"'").ToString()) ? EmailToken : OtherPurposeEmailToken);
            AddTrailingBoundary(chunk[core.Length..], tokens);
            return;
        }

        if (core.Contains("__", StringComparison.Ordinal) && !core.ContainsAnyInRange('a', 'z'))
        {
            tokens.Add(BlankToken);
            AddTrailingBoundary(chunk[core.Length..], tokens);
            return;
        }

        if (IsDate(core))
        {
            tokens.Add(DateToken);
            AddTrailingBoundary(chunk[core.Length..], tokens);
            return;
        }

        if (IsClockTime(core))
        {
            tokens.Add(TimeToken);
            AddTrailingBoundary(chunk[core.Length..], tokens);
            return;
        }

        if (core.StartsWith("http") || core.StartsWith("www.") || IsHostName(core))
        {
            tokens.Add(UrlToken);
            AddTrailingBoundary(chunk[core.Length..], tokens);
            return;
        }

        // A word is a run of letters and digits inside the chunk, so it is sliced rather than built.
        var wordStart = 0;
        for (var i = 0; i < chunk.Length; i++)
        {
            var c = chunk[i];
            if (char.IsLetterOrDigit(c))
            {
                continue;
            }

            var flushed = Flush(chunk[wordStart..i], tokens, words);
            wordStart = i + 1;
            var nextIsWordChar = i + 1 < chunk.Length && char.IsLetterOrDigit(chunk[i + 1]);
            switch (c)
            {
                // A period inside "z.b" or "acme.example" or after "tel", "mr" or "n.a.v" does not end a clause.
                case '.' when !nextIsWordChar && !IsAbbreviation(flushed, chunk[..i], abbreviations, i + 1 < chunk.Length || next.StartsWithDigit) &&
                    !(i + 1 == chunk.Length && IsDayNumber(flushed) && next.StartsWithMonth):
                case '!' or '?' or ';':
                    tokens.Add(HardBoundary);
                    break;

                // "Recruiters: please do not call" addresses the recruiters: a colon does not end the clause.
                case ',' or ':':
                    tokens.Add(SoftBoundary);
                    break;
            }
        }

        Flush(chunk[wordStart..], tokens, words);
    }

    // An initial ("Mrs J. Hale") does not end a clause either, as it does not end a sentence.
    // "No." abbreviates only before a number: "Phone No. 0803 …" goes on, "Llamadas NO. Visitas NO." are two clauses.
    private static bool IsAbbreviation(string? lastWord, ReadOnlySpan<char> chunkSoFar, IReadOnlySet<string> abbreviations, bool beforeDigit) =>
        (lastWord is not null && (IsListed(lastWord, abbreviations, beforeDigit) || lastWord is [var letter] && char.IsLetter(letter))) ||
        IsListed(chunkSoFar.TrimStart("(\"'").ToString(), abbreviations, beforeDigit);

    private static bool IsListed(string word, IReadOnlySet<string> abbreviations, bool beforeDigit) =>
        abbreviations.Contains(word) && (beforeDigit || !Reading.SentenceSplitter.AbbreviatesOnlyBeforeNumbers(word));

    private static void AddTrailingBoundary(ReadOnlySpan<char> trailing, List<string> tokens)
    {
        if (trailing.IndexOfAny(".;!?") >= 0)
        {
            tokens.Add(HardBoundary);
        }
        else if (trailing.IndexOfAny(",:") >= 0)
        {
            tokens.Add(SoftBoundary);
        }
    }

    private static string? Flush(ReadOnlySpan<char> word, List<string> tokens, WordCache words)
    {
        if (word.IsEmpty)
        {
            return null;
        }

        var text = words.Intern(word);
        tokens.Add(text);
        return text;
    }

    /// <summary>"31.03.2025", "12/31/25", "2025-03-31": three digit groups shaped like a date, which would otherwise
    /// read as a phone number. "030.123.4567" has the wrong group lengths and stays a number.</summary>
    private static bool IsDate(ReadOnlySpan<char> chunk)
    {
        Span<int> lengths = stackalloc int[3];
        var groups = 0;
        var length = 0;
        foreach (var c in chunk)
        {
            if (char.IsAsciiDigit(c))
            {
                length++;
            }
            else if (c is '.' or '/' or '-' && length > 0 && groups < 2)
            {
                lengths[groups++] = length;
                length = 0;
            }
            else
            {
                return false;
            }
        }

        if (groups != 2 || length == 0)
        {
            return false;
        }

        lengths[2] = length;
        var dayMonthYear = lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] is 2 or 4;
        var yearMonthDay = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2;
        return dayMonthYear || yearMonthDay;
    }

    /// <summary>"13.00", "9:30–17:00", "14h30": a clock time or a span of two, which would otherwise read as digit groups
    /// of a phone number ("woensdag 13.00–15.00 uur").</summary>
    private static bool IsClockTime(ReadOnlySpan<char> chunk)
    {
        var dash = chunk.IndexOfAny('-', '\u2013');
        return dash < 0 ? IsOneClockTime(chunk) : IsOneClockTime(chunk[..dash]) && IsOneClockTime(chunk[(dash + 1)..]);
    }

    private static bool IsOneClockTime(ReadOnlySpan<char> text)
    {
        var separator = text.IndexOfAny(".:h");
        if (separator is not (1 or 2) || text.Length != separator + 3 || text[..separator].ContainsAnyExceptInRange('0', '9')
            || text[(separator + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return int.Parse(text[..separator]) <= 24 && int.Parse(text[(separator + 1)..]) <= 59;
    }

    /// <summary>Runs of digit groups such as "(555) 010-2234" or "+49 30 1234567" become one phone token, in place,
    /// unless the words before the run name another number ("Kennziffer 2024-17", "Fruitmarkt 15 3600"):
    /// <paramref name="namesOtherNumber"/> is asked with the tokens written so far, their count and the run.</summary>
    private static void MergePhoneNumbers(List<string> tokens, Func<List<string>, int, string[], bool> namesOtherNumber)
    {
        if (!HasPhoneRun(tokens))
        {
            return;
        }

        var written = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            var digits = 0;
            var j = i;
            while (j < tokens.Count && IsDigits(tokens[j]))
            {
                digits += tokens[j].Length;
                j++;
            }

            if (j == i)
            {
                tokens[written++] = tokens[i++];
            }
            else if (digits >= MinPhoneDigits && !namesOtherNumber(tokens, written, [.. tokens.GetRange(i, j - i)]))
            {
                tokens[written++] = PhoneToken;
                i = j;
            }
            else
            {
                while (i < j)
                {
                    tokens[written++] = tokens[i++];
                }
            }
        }

        tokens.RemoveRange(written, tokens.Count - written);
    }

    private static bool HasPhoneRun(List<string> tokens)
    {
        var digits = 0;
        foreach (var token in tokens)
        {
            digits = IsDigits(token) ? digits + token.Length : 0;
            if (digits >= MinPhoneDigits)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> TopLevelDomains =
    [
        "com", "org", "net", "edu", "gov", "io", "co", "jobs", "info", "eu", "de", "at", "ch", "fr", "be", "lu", "es", "nl",
        "uk", "ie", "au", "nz", "ca", "us", "mx", "ar", "cl", "pe", "in", "za", "example",
    ];

    /// <summary>"carrieres.example.com", "jobs.acme.de/apply": a host written without its scheme. "ASP.NET" and
    /// "VB.NET" name a skill, so a two-part name ending in "net" is none.</summary>
    private static bool IsHostName(ReadOnlySpan<char> core)
    {
        var slash = core.IndexOf('/');
        var host = slash < 0 ? core : core[..slash];
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || !TopLevelDomains.Contains(host[(lastDot + 1)..].ToString()))
        {
            return false;
        }

        var labels = 0;
        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            if (label.Length < 2 || label.ContainsAnyExcept(HostCharacters))
            {
                return false;
            }

            labels++;
        }

        return labels > 2 || !host.EndsWith(".net");
    }

    private static readonly System.Buffers.SearchValues<char> HostCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static bool IsDayNumber(string? word) => word is { Length: > 0 and <= 2 } && word.All(char.IsAsciiDigit);

    private static bool IsDigits(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return token.Length > 0;
    }
}
