using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

/// <summary>Every line of statement-sentences.tsv, analysed alone the way `analyze --text --per-line` does.</summary>
public class StatementSentenceTableTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    public static IEnumerable<TestCaseData> Sentences() =>
        StatementTable.Read("statement-sentences.tsv").Select(c => new TestCaseData(c).SetArgDisplayNames(c.ToString()));

    public static IEnumerable<TestCaseData> SentencesWithStatements() =>
        StatementTable.Read("statement-sentences.tsv").Where(c => c.Expected.Count > 0).Select(c => new TestCaseData(c).SetArgDisplayNames(c.ToString()));

    [TestCaseSource(nameof(Sentences))]
    public void Each_sentence_yields_exactly_its_kinds(StatementCase sentence)
    {
        var kinds = Analyzer.AnalyzeText(sentence.Sentence).Statements.Select(s => s.Kind).ToHashSet();

        Assert.That(kinds, Is.EquivalentTo(sentence.Expected), sentence.Sentence);
    }

    [TestCaseSource(nameof(SentencesWithStatements))]
    public void Each_statement_carries_the_language_of_its_sentence(StatementCase sentence)
    {
        var statements = Analyzer.AnalyzeText(sentence.Sentence).Statements;

        Assert.That(statements.Select(s => s.Language), Is.Not.Empty.And.All.EqualTo(sentence.Language), sentence.Sentence);
    }
}
