using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

/// <summary>
/// How a sentence is framed does not change what it states: every line of statement-sentences.tsv, behind a note's
/// label, in capitals or followed by thanks, yields the kinds it yields alone. Real ads write "Please note:" before a
/// line, shout it, or end it with "Thank you!"; a rule that reads only the bare sentence fails here.
/// </summary>
public class StatementFramingTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    private static readonly Dictionary<string, (string NoteLabel, string Thanks)> Framings = new(StringComparer.Ordinal)
    {
        ["en"] = ("Please note: ", "Thank you!"),
        ["de"] = ("Hinweis: ", "Danke!"),
        ["fr"] = ("Remarque : ", "Merci !"),
        ["es"] = ("Nota: ", "¡Gracias!"),
        ["nl"] = ("Let op: ", "Bedankt!"),
    };

    public static IEnumerable<string> Languages() => Framings.Keys;

    [TestCaseSource(nameof(Languages))]
    public void A_note_label_before_a_sentence_changes_nothing(string language) =>
        AssertFramedLikeAlone(language, sentence => Framings[language].NoteLabel + sentence);

    [TestCaseSource(nameof(Languages))]
    public void A_sentence_in_capitals_states_the_same(string language) =>
        AssertFramedLikeAlone(language, sentence => sentence.ToUpperInvariant());

    [TestCaseSource(nameof(Languages))]
    public void Thanks_after_a_sentence_change_nothing(string language) =>
        AssertFramedLikeAlone(language, sentence => $"{sentence.TrimEnd()}{(".!?".Contains(sentence.TrimEnd()[^1]) ? "" : ".")} {Framings[language].Thanks}");

    [Test]
    public void A_label_that_names_the_audience_is_no_note()
    {
        var kinds = Kinds("Attention recruiters: please do not call the store.");

        Assert.That(kinds, Is.EquivalentTo(new[] { StatementKind.NoAgencies }));
    }

    private static void AssertFramedLikeAlone(string language, Func<string, string> frame)
    {
        var cases = StatementTable.Read("statement-sentences.tsv").Where(c => c.Language == language).ToList();
        var differing = cases
            .Select(c => (Case: c, Framed: frame(c.Sentence)))
            .Where(pair => !Kinds(pair.Framed).SetEquals(pair.Case.Expected))
            .Select(pair => $"{pair.Case.Line}: {pair.Framed}")
            .ToList();

        Assert.That(cases, Is.Not.Empty);
        Assert.That(differing, Is.Empty);
    }

    private static HashSet<StatementKind> Kinds(string text) => Analyzer.AnalyzeText(text).Statements.Select(s => s.Kind).ToHashSet();
}
