using System.Text;

namespace JobCapture.Core.Tests.Contacts;

/// <summary>Texts built to make the patterns backtrack or to flood the finder with candidates. A pattern that
/// backtracks takes quadratic time: four times the text would take sixteen times as long, not four.</summary>
public class HostileTextTests
{
    // Fourfold input: about 4 when linear, 16 when quadratic. 12 leaves room for garbage collections that the larger
    // text sets off (seen at 11.5 right after the browser tests), and still fails a quadratic reader.
    private const double LinearBound = 12;

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
        var slowdown = Growth.FourfoldInputSlowdown(length => Repeat(unit, length), text => Analyzer.AnalyzeText(text), 50_000);

        Assert.That(slowdown, Is.LessThan(LinearBound));
    }

    [Test]
    public void A_long_label_after_an_at_sign_is_no_address_and_costs_time_that_grows_linearly()
    {
        Assert.That(Analyzer.AnalyzeText("x@" + Repeat("a", 399_000)).Contacts, Is.Empty);
        Assert.That(Growth.FourfoldInputSlowdown(length => "x@" + Repeat("a", length), text => Analyzer.AnalyzeText(text), 50_000), Is.LessThan(LinearBound));
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
