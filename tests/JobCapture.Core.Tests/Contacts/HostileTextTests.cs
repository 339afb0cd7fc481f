using System.Text;

namespace JobCapture.Core.Tests.Contacts;

/// <summary>Texts built to make the patterns backtrack or to flood the finder with candidates. A pattern that
/// backtracks takes quadratic time: eight times the text would take 64 times as long, not eight.</summary>
public class HostileTextTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    [TestCase("1 ")]
    [TestCase("a@")]
    [TestCase("a.")]
    [TestCase("a (at) ")]
    [TestCase("contact ")]
    [TestCase("Tel. 030 1234567 / ")]
    [TestCase("x-")]
    public void A_text_of_one_repeated_pattern_is_read_in_time_that_grows_linearly(string unit)
    {
        var slowdown = Growth.EightfoldInputSlowdown(length => Repeat(unit, length), text => Analyzer.AnalyzeText(text), 25_000);

        Assert.That(slowdown, Is.LessThan(Growth.LinearBound));
    }

    [Test]
    public void A_long_label_after_an_at_sign_is_no_address_and_costs_time_that_grows_linearly()
    {
        Assert.That(Analyzer.AnalyzeText("x@" + Repeat("a", 399_000)).Contacts, Is.Empty);
        Assert.That(Growth.EightfoldInputSlowdown(length => "x@" + Repeat("a", length), text => Analyzer.AnalyzeText(text), 25_000), Is.LessThan(Growth.LinearBound));
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
