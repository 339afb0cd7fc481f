using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

/// <summary>
/// Precision and recall per kind over the statement tables, printed so a change shows its cost. The held-out
/// table was written apart and not tuned on: its numbers are the honest estimate of what real sentences get.
/// </summary>
public class StatementScoreTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    [TestCase("statement-sentences.tsv", 0.97, 0.95, 0.95)]
    [TestCase("statement-sentences-heldout.tsv", 0.90, 0.85, 0.85)]
    public void The_table_meets_the_bar_for_no_calls_and_overall(string fileName, double noCallsPrecision, double noCallsRecall, double microF1)
    {
        var score = Score(StatementTable.Read(fileName));
        TestContext.Out.WriteLine($"{fileName}:");
        TestContext.Out.WriteLine(score.Report());

        var noCalls = score.For(StatementKind.NoCalls);
        Assert.Multiple(() =>
        {
            Assert.That(noCalls.Precision, Is.GreaterThanOrEqualTo(noCallsPrecision), "NoCalls precision");
            Assert.That(noCalls.Recall, Is.GreaterThanOrEqualTo(noCallsRecall), "NoCalls recall");
            Assert.That(score.Micro.F1, Is.GreaterThanOrEqualTo(microF1), "micro F1");
        });
    }

    private static KindScores Score(IReadOnlyList<StatementCase> cases)
    {
        var scores = new KindScores();
        foreach (var sentence in cases)
        {
            var found = Analyzer.AnalyzeText(sentence.Sentence).Statements.Select(s => s.Kind).ToHashSet();
            scores.Add(sentence.Expected, found);
        }

        return scores;
    }
}
