namespace JobCapture.Core.Tests;

/// <summary>The growth check the linear-time tests rely on tells a linear reader from a quadratic one.</summary>
public class GrowthTests
{
    [Test]
    public void A_reader_that_compares_every_character_with_every_other_exceeds_the_linear_bound()
    {
        Assert.That(Growth.EightfoldInputSlowdown(length => new string('a', length), CountEqualPairs, 1_000), Is.GreaterThan(Growth.LinearBound));
    }

    [Test]
    public void A_reader_that_looks_at_each_character_once_stays_within_it()
    {
        Assert.That(Growth.EightfoldInputSlowdown(length => new string('a', length), CountLetters, 200_000), Is.LessThan(Growth.LinearBound));
    }

    private static void CountLetters(string text) => GC.KeepAlive(text.Count(char.IsLetter));

    private static void CountEqualPairs(string text)
    {
        var pairs = 0L;
        for (var i = 0; i < text.Length; i++)
        {
            for (var j = i + 1; j < text.Length; j++)
            {
                pairs += text[i] == text[j] ? 1 : 0;
            }
        }

        GC.KeepAlive(pairs);
    }
}
