namespace JobCapture.Core.Reading;

/// <summary>
/// Cuts text into sentences. A sentence never crosses a line (the reader ends every block with '\n'), and ends at
/// '.', '!', '?' or an ellipsis (with any closing quotes or brackets) followed by white space and a word that does
/// not start in lower case, unless the full stop closes an abbreviation (Data/Reading/abbreviations.json), an
/// initial, or a list number. A bullet inside a line starts a new sentence. Chinese and Japanese full stops end a
/// sentence without a space.
/// </summary>
public static class SentenceSplitter
{
    private const string Terminators = ".!?…";
    private const string WideTerminators = "。！？";
    private const string Closers = "\"'”’»)]";
    private const string Bullets = "•·▪●◦‣∙■□➢➤✓✔";

    private static readonly Abbreviations Known = Abbreviations.Load();
    private static readonly System.Buffers.SearchValues<char> Significant = System.Buffers.SearchValues.Create(Terminators + WideTerminators + Bullets);

    /// <summary>"No.", "Nr.", "ca.": a word that abbreviates only before a number ("No. 5"); before anything else its
    /// full stop ends the sentence ("Llamadas NO. Visitas NO.").</summary>
    public static bool AbbreviatesOnlyBeforeNumbers(ReadOnlySpan<char> word) => Known.OnlyBeforeNumbers(word);

    /// <summary>A month a day's number stands before ("30. April"): the number's full stop ends no sentence.</summary>
    public static bool IsMonthAfterDay(ReadOnlySpan<char> word) => Known.IsMonth(word);

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitLine(string text, int lineStart, int lineEnd, List<TextSpan> sentences)
    {
        var sentenceStart = lineStart;
        for (var i = lineStart; i < lineEnd; i++)
        {
            // Jump to the next character that can end a sentence or start a bullet.
            var skip = text.AsSpan(i, lineEnd - i).IndexOfAny(Significant);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (Bullets.Contains(c) && i > sentenceStart && text[i - 1] == ' ')
            {
                Add(text, sentenceStart, i, sentences);
                sentenceStart = i;
            }
            else if (WideTerminators.Contains(c))
            {
                Add(text, sentenceStart, i + 1, sentences);
                sentenceStart = i + 1;
            }
            else if (Terminators.Contains(c) && EndOfSentence(text, sentenceStart, i, lineEnd) is var end and > 0)
            {
                Add(text, sentenceStart, end, sentences);
                sentenceStart = end;
                i = end - 1;
            }
        }

        Add(text, sentenceStart, lineEnd, sentences);
    }

    /// <summary>Where the sentence ends if the terminator at <paramref name="at"/> ends it; otherwise 0.</summary>
    private static int EndOfSentence(string text, int sentenceStart, int at, int lineEnd)
    {
        var end = at + 1;
        while (end < lineEnd && Terminators.Contains(text[end]))
        {
            end++;
        }

        while (end < lineEnd && Closers.Contains(text[end]))
        {
            end++;
        }

        if (end >= lineEnd || !char.IsWhiteSpace(text[end]))
        {
            // Inside a token (3.5, acme.com, jobs@acme.example) or at the line's end, which ends it anyway.
            return 0;
        }

        var next = end;
        while (next < lineEnd && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= lineEnd || char.IsLower(text[next]))
        {
            return 0;
        }

        var isSingleFullStop = text[at] == '.' && !Terminators.Contains(text[at + 1]);
        return isSingleFullStop && Known.KeepsSentenceOpen(WordBefore(text, sentenceStart, at), WordAt(text, next, lineEnd), at - sentenceStart)
            ? 0
            : end;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int sentenceStart, int dot)
    {
        var start = dot;
        while (start > sentenceStart && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '“' or '‘' or '«'))
        {
            start--;
        }

        return text.AsSpan(start, dot - start);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start, int lineEnd)
    {
        var end = start;
        while (end < lineEnd && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, Math.Max(end - start, 1));
    }

    /// <summary>Adds the trimmed span, without a leading bullet or dash.</summary>
    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || IsListMarker(text, start, end)))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(text[start..end], start, end));
        }
    }

    private static bool IsListMarker(string text, int at, int end) =>
        Bullets.Contains(text[at]) || (text[at] is '-' or '*' or '–' or '—' or '>' && at + 1 < end && text[at + 1] == ' ');

    /// <summary>The abbreviation data, merged over languages: the splitter runs before the language is known.</summary>
    private sealed class Abbreviations
    {
        private readonly HashSet<string> _always;
        private readonly HashSet<string> _beforeNumbers;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _alwaysLookup;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _beforeNumbersLookup;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _monthsLookup;

        private Abbreviations(HashSet<string> always, HashSet<string> beforeNumbers, HashSet<string> months)
        {
            _always = always;
            _beforeNumbers = beforeNumbers;
            _alwaysLookup = _always.GetAlternateLookup<ReadOnlySpan<char>>();
            _beforeNumbersLookup = _beforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
            _monthsLookup = months.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public static Abbreviations Load()
        {
            var data = CoreData.ReadJson("Reading", "abbreviations.json");
            var always = data.GetProperty("always").EnumerateObject()
                .SelectMany(language => language.Value.EnumerateArray().Select(word => word.GetString()!));
            var beforeNumbers = data.GetProperty("beforeNumbers").EnumerateArray().Select(word => word.GetString()!);
            var months = data.GetProperty("monthsAfterDay").EnumerateArray().Select(word => word.GetString()!);
            return new Abbreviations(new HashSet<string>(always, StringComparer.OrdinalIgnoreCase), new HashSet<string>(beforeNumbers, StringComparer.OrdinalIgnoreCase),
                new HashSet<string>(months, StringComparer.OrdinalIgnoreCase));
        }

        public bool IsMonth(ReadOnlySpan<char> word) => _monthsLookup.Contains(word);

        public bool OnlyBeforeNumbers(ReadOnlySpan<char> word) => _beforeNumbersLookup.Contains(word) && !_alwaysLookup.Contains(word);

        /// <summary>True when "word." does not end the sentence before <paramref name="nextWord"/>: an abbreviation, an
        /// initial ("J. Smith"), dotted letters ("z.B.", "U.S."), a day before its month ("bis 30. Juni"), or a list
        /// number at the start ("1. Apply online").</summary>
        public bool KeepsSentenceOpen(ReadOnlySpan<char> word, ReadOnlySpan<char> nextWord, int offsetInSentence)
        {
            if (word.IsEmpty)
            {
                return false;
            }

            if (_alwaysLookup.Contains(word) || (char.IsDigit(nextWord[0]) && _beforeNumbersLookup.Contains(word)))
            {
                return true;
            }

            if (word.Length <= 2 && IsAllDigits(word) && _monthsLookup.Contains(nextWord))
            {
                return true;
            }

            if (word.Length == 1 && char.IsLetter(word[0]))
            {
                return true;
            }

            if (IsDottedLetters(word))
            {
                return true;
            }

            return offsetInSentence == word.Length && IsAllDigits(word) && word.Length <= 2;
        }

        private static bool IsDottedLetters(ReadOnlySpan<char> word)
        {
            // "z.B", "p.ex", "U.S", "d.w.z": letters in groups of one to three, joined by dots.
            var groups = 0;
            var groupLength = 0;
            foreach (var c in word)
            {
                if (c == '.')
                {
                    if (groupLength == 0 || groupLength > 3)
                    {
                        return false;
                    }

                    groups++;
                    groupLength = 0;
                }
                else if (char.IsLetter(c))
                {
                    groupLength++;
                }
                else
                {
                    return false;
                }
            }

            return groups >= 1 && groupLength is > 0 and <= 3;
        }

        private static bool IsAllDigits(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
