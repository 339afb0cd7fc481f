using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

/// <summary>
/// Precision and recall per kind and per language, printed so a change shows its cost. Our own table is tuned and
/// must score near 1. The honest estimate of what unseen ads get is the held-out part of the development sets of
/// real sentences: it is never tuned on, and its floor only guards against a change that makes it worse.
/// </summary>
public class StatementScoreTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    [Test]
    public void Our_own_table_meets_the_bar_for_no_calls_and_overall()
    {
        var score = Score(StatementTable.Read("statement-sentences.tsv").Select(c => (c.Sentence, c.Expected, c.Language)));

        AssertBar(score, noCallsPrecision: 0.99, noCallsRecall: 0.99, microF1: 0.98, languageF1: 0.95, kindF1: 0.95);
    }

    [Test]
    public void The_tuned_part_of_the_real_sentences_meets_the_bar()
    {
        var score = Score(DevSentences.Tuned.Select(s => (s.Text, s.Expected, s.Language)));

        AssertBar(score, noCallsPrecision: 0.97, noCallsRecall: 0.95, microF1: 0.95, languageF1: 0.90, kindF1: 0.85);
    }

    /// <summary>The honest estimate. Its floors sit just under what it measured when last changed (micro F1 0.92, the weakest language 0.90):
    /// they are no goal to tune toward, only a guard against a rule that makes unseen text worse.</summary>
    [Test]
    public void The_held_out_part_of_the_real_sentences_does_not_fall_below_its_floor()
    {
        var score = Score(DevSentences.HeldOut.Select(s => (s.Text, s.Expected, s.Language)));

        AssertBar(score, noCallsPrecision: 0.75, noCallsRecall: 0.95, microF1: 0.90, languageF1: 0.88, kindF1: 0.85);
    }

    private static void AssertBar(LanguageScores score, double noCallsPrecision, double noCallsRecall, double microF1, double languageF1, double kindF1)
    {
        TestContext.Out.WriteLine(score.Report());
        var noCalls = score.Overall.For(StatementKind.NoCalls);
        Assert.Multiple(() =>
        {
            Assert.That(noCalls.Precision, Is.GreaterThanOrEqualTo(noCallsPrecision), "NoCalls precision");
            Assert.That(noCalls.Recall, Is.GreaterThanOrEqualTo(noCallsRecall), "NoCalls recall");
            Assert.That(score.Overall.Micro.F1, Is.GreaterThanOrEqualTo(microF1), "micro F1");
            foreach (var (language, scores) in score.ByLanguage)
            {
                Assert.That(scores.Micro.F1, Is.GreaterThanOrEqualTo(languageF1), $"micro F1 in {language}");
            }

            // Only kinds with enough examples to mean something: a kind with two rows swings by half with one miss.
            foreach (var kind in Enum.GetValues<StatementKind>().Where(k => score.Overall.Examples(k) >= 15))
            {
                Assert.That(score.Overall.For(kind).F1, Is.GreaterThanOrEqualTo(kindF1), $"{kind} F1");
            }
        });
    }

    private static LanguageScores Score(IEnumerable<(string Sentence, IReadOnlySet<StatementKind> Expected, string Language)> cases)
    {
        var scores = new LanguageScores();
        var count = 0;
        foreach (var (sentence, expected, language) in cases)
        {
            var found = Analyzer.AnalyzeText(sentence).Statements.Select(s => s.Kind).ToHashSet();
            scores.Add(language, expected, found);
            count++;
        }

        Assert.That(count, Is.GreaterThan(100), "too few sentences to score");
        return scores;
    }
}
