using System.Diagnostics;
using System.Text;

namespace JobCapture.Core.Tests.Contacts;

/// <summary>Texts at the size limit built to make the patterns backtrack or to flood the finder with candidates.
/// The bound is loose (the machine is shared); a quadratic pattern would take minutes.</summary>
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
    public void A_400k_text_of_one_repeated_pattern_is_read_in_seconds_not_minutes(string unit)
    {
        var text = Repeat(unit, 400_000);
        Analyzer.AnalyzeText("warm up: Tel. 030 1234567, jobs@acme.example");

        var stopwatch = Stopwatch.StartNew();
        Analyzer.AnalyzeText(text);

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void A_long_label_after_an_at_sign_is_no_address_and_costs_little()
    {
        var stopwatch = Stopwatch.StartNew();
        var contacts = Analyzer.AnalyzeText("x@" + Repeat("a", 399_000)).Contacts;

        Assert.That(contacts, Is.Empty);
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
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
