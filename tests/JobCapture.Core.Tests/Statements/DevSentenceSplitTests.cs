using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JobCapture.Core.Tests.Statements;

/// <summary>The held-out list is exactly what the split rule picks, and no ad sits on both sides of it.</summary>
public class DevSentenceSplitTests
{
    [Test]
    public void The_held_out_list_is_what_the_split_rule_picks_by_source()
    {
        var picked = DevSentences.Every.Where(s => IsHeldOutSource(s.Source)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var listed = DevSentences.HeldOutIds();

        // The list also names the rows left out of scoring, so it holds every picked id, not only these.
        Assert.That(picked, Is.SubsetOf(listed));
        Assert.That(DevSentences.Every.Where(s => listed.Contains(s.Id)).Select(s => s.Id), Is.EquivalentTo(picked));
    }

    [Test]
    public void No_source_has_sentences_on_both_sides()
    {
        var heldOutSources = DevSentences.HeldOut.Select(s => s.Source).ToHashSet(StringComparer.Ordinal);

        Assert.That(DevSentences.Tuned.Where(s => heldOutSources.Contains(s.Source)), Is.Empty);
    }

    [Test]
    public void About_a_third_of_the_sentences_in_each_set_is_held_out()
    {
        foreach (var english in new[] { true, false })
        {
            var set = DevSentences.Every.Where(s => (s.Language == "en") == english).ToList();
            var share = (double)set.Count(s => s.HeldOut) / set.Count;

            Assert.That(share, Is.InRange(0.22, 0.38), english ? "dev-en" : "dev-intl");
        }
    }

    private static bool IsHeldOutSource(string source)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(DevSentences.SplitSeed + source));
        var first = uint.Parse(Convert.ToHexString(hash)[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return first / (double)uint.MaxValue < DevSentences.HeldOutShare;
    }
}
