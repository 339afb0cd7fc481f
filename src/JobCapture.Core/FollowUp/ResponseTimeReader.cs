using System.Globalization;
using System.Text.RegularExpressions;

namespace JobCapture.Core.FollowUp;

/// <summary>Finds the response time a posting states about itself. A duration counts only when a cue about
/// replying shares its sentence: "start within 2 weeks" is not a promise to answer.</summary>
public static class ResponseTimeReader
{
    private const int LongestPlausibleBusinessDays = 66;
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ';'];

    private static readonly Lazy<Phrasebook> Book = new(Phrasebook.Load);

    public static StatedResponseTime? Find(string text)
    {
        var book = Book.Value;
        foreach (Match match in book.Duration.Matches(text))
        {
            if (!book.TryRead(match, out var amount, out var unit)
                || StatedResponseTime.ToBusinessDays(amount, unit) is < 1 or > LongestPlausibleBusinessDays
                || !book.Cue.IsMatch(SentenceAround(text, match.Index, match.Index + match.Length)))
            {
                continue;
            }

            return new StatedResponseTime(amount, unit, match.Value, match.Index, match.Index + match.Length);
        }

        return null;
    }

    private static string SentenceAround(string text, int start, int end)
    {
        var from = text.LastIndexOfAny(SentenceEnds, Math.Max(start - 1, 0)) + 1;
        var to = text.IndexOfAny(SentenceEnds, end);
        return text[from..(to < 0 ? text.Length : to)];
    }

    private sealed class Phrasebook
    {
        public required Regex Duration { get; init; }
        public required Regex Cue { get; init; }
        public required Dictionary<string, int> Numbers { get; init; }
        public required Dictionary<string, ResponseTimeUnit> Units { get; init; }

        public bool TryRead(Match match, out int amount, out ResponseTimeUnit unit)
        {
            var number = match.Groups["n"].Value.ToLowerInvariant();
            var unitWord = Regex.Replace(match.Groups["unit"].Value.ToLowerInvariant(), @"\s+", " ");
            amount = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
                : Numbers.GetValueOrDefault(number);
            return Units.TryGetValue(unitWord, out unit) & amount > 0;
        }

        public static Phrasebook Load()
        {
            var languages = CoreData.Read<ResponseTimesData>("FollowUp", "response-times.json").Languages.Values.ToList();
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var units = new Dictionary<string, ResponseTimeUnit>(StringComparer.Ordinal);
            foreach (var language in languages)
            {
                foreach (var (word, value) in language.Numbers)
                {
                    numbers[word.ToLowerInvariant()] = value;
                }

                foreach (var (unitName, words) in language.Units)
                {
                    var unit = Enum.Parse<ResponseTimeUnit>(unitName, ignoreCase: true);
                    foreach (var word in words)
                    {
                        units[word.ToLowerInvariant()] = unit;
                    }
                }
            }

            var leadIns = PhraseRegex.Alternation(languages.SelectMany(l => l.LeadIns));
            var amounts = PhraseRegex.Alternation(numbers.Keys);
            var unitWords = PhraseRegex.Alternation(units.Keys);
            // The duration pattern runs over the whole text (up to 400k characters): the non-backtracking engine
            // keeps that linear and several times faster than the backtracking one with these long alternations.
            var duration = new Regex(
                $@"\b(?:{leadIns})\s+(?:(?:the|les|los|de|der|den|des|van)\s+)?(?<n>\d{{1,3}}|{amounts})\s+(?<unit>{unitWords})\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            return new Phrasebook
            {
                Duration = duration,
                Cue = PhraseRegex.WholeWords(languages.SelectMany(l => l.Cues)),
                Numbers = numbers,
                Units = units,
            };
        }
    }

    private sealed record ResponseTimesData(Dictionary<string, LanguagePhrases> Languages);

    private sealed record LanguagePhrases(
        List<string> LeadIns,
        Dictionary<string, int> Numbers,
        Dictionary<string, List<string>> Units,
        List<string> Cues);
}
