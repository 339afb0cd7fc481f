using JobCapture.Core.FollowUp;

namespace JobCapture.Core.Tests;

public class AnalysisChangesTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    [Test]
    public void The_same_text_analysed_twice_has_no_changes()
    {
        var changes = AnalysisChanges.Between(Analyzer.AnalyzeText("Bake bread. No phone calls, please."), Analyzer.AnalyzeText("Bake bread. No phone calls, please."));

        Assert.That(changes.Any, Is.False);
    }

    [Test]
    public void A_text_change_that_keeps_the_statements_is_a_change_of_text_only()
    {
        var changes = AnalysisChanges.Between(Analyzer.AnalyzeText("Bake bread. No phone calls, please."), Analyzer.AnalyzeText("Bake bread and cakes. No phone calls, please."));

        Assert.That((changes.Any, changes.TextChanged, changes.StatementsAdded, changes.StatementsRemoved, changes.VerdictChanges),
            Is.EqualTo((true, true, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<VerdictChange>())));
    }

    [Test]
    public void A_statement_replaced_changes_the_statements_and_the_phone_verdict()
    {
        var changes = AnalysisChanges.Between(
            Analyzer.AnalyzeText("Bake bread. No phone calls, please."),
            Analyzer.AnalyzeText("Bake bread. Feel free to call us on 020 7946 0000."));

        Assert.That(changes.StatementsRemoved, Is.EqualTo(new[] { "NoCalls: No phone calls, please." }));
        Assert.That(changes.StatementsAdded, Has.Count.EqualTo(1).And.Some.StartsWith("InvitesCall: "));
        Assert.That(changes.VerdictChanges.Single(), Is.EqualTo(new VerdictChange(Channel.Phone, Verdict.Forbidden, Verdict.Invited)));
    }
}
