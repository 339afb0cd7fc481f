using System.Text.RegularExpressions;
using JobCapture.Core.Reading;
using JobCapture.Core.Statements;

namespace JobCapture.Core.Postings;

/// <summary>Finds the sentence by which a posting says it no longer takes applications ("This job is no longer
/// available"), with the phrases of Data/Closing, one file per language.</summary>
public static class ClosingNotices
{
    private static readonly Regex Phrases = Build(CoreData.ReadAll<ClosingPhrases>("Closing").SelectMany(file => file.Phrases));

    /// <summary>The first sentence of <paramref name="text"/> holding a closing phrase, or null.</summary>
    public static string? Find(string text)
    {
        // Most postings hold none: one pass over the whole text before looking sentence by sentence.
        if (!Phrases.IsMatch(TextNormalizer.Fold(text)))
        {
            return null;
        }

        return SentenceSplitter.Split(text).FirstOrDefault(sentence => Phrases.IsMatch(TextNormalizer.Fold(sentence.Text)))?.Text.Trim();
    }

    private static Regex Build(IEnumerable<string> phrases)
    {
        var alternatives = phrases.Select(p => string.Join(@"\s+", TextNormalizer.Fold(p).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
        return new Regex($@"(?<!\w)(?:{string.Join('|', alternatives)})(?!\w)", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private sealed record ClosingPhrases
    {
        public string Language { get; init; } = "";

        public string[] Phrases { get; init; } = [];
    }
}
