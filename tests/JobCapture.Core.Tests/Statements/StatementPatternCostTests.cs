using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

/// <summary>
/// A pattern is tried only at tokens its first word can be. One whose opening word is optional and followed by a gap
/// ("^ bitte? ~2 vorbeikommen") can open anywhere, so it is tried at every token of every page: a cost the phrase
/// data must not carry.
/// </summary>
public class StatementPatternCostTests
{
    // No word of any text: a pattern that can open at it can open at every token.
    private const string AnyToken = "\u0001";

    [TestCase("^ bitte? ~2 vorbeikommen", true)]
    [TestCase("^ bitte ~2 vorbeikommen", false)]
    [TestCase("^ please? call", false)]
    [TestCase("*fee ~4 @neg", false)]
    public void A_pattern_whose_opening_word_is_optional_before_a_gap_opens_anywhere(string source, bool opensAnywhere)
    {
        Assert.That(OpensAnywhere(PhrasePattern.Parse(source, new Dictionary<string, string[]> { ["neg"] = ["no"] })), Is.EqualTo(opensAnywhere));
    }

    [Test]
    public void No_pattern_of_the_phrase_data_opens_anywhere()
    {
        var anywhere = new List<string>();
        foreach (var language in CoreData.ReadAll<StatementLanguageData>("Statements"))
        {
            foreach (var rule in language.Rules.Concat(language.Exclusions))
            {
                anywhere.AddRange(rule.Patterns.Where(source => OpensAnywhere(PhrasePattern.Parse(source, language.Groups))).Select(source => $"{language.Language}: {source}"));
            }
        }

        Assert.That(anywhere, Is.Empty);
    }

    private static bool OpensAnywhere(PhrasePattern pattern) => pattern.TriggerWords is null && pattern.CanStartWith(AnyToken);
}
