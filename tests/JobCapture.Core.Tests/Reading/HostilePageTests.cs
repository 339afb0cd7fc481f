using System.Diagnostics;
using System.Text;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

/// <summary>Pages built to hurt: absurd nesting and giant text. They must be read quickly and without a crash.</summary>
public class HostilePageTests
{
    private readonly PageReader _reader = new(AnalyzerOptions.CreateDefault());

    [Test, CancelAfter(30_000)]
    public void Two_hundred_thousand_nested_elements_are_read_without_overflowing_the_stack()
    {
        const int depth = 200_000;
        var html = new StringBuilder("<html><body><p>No calls, please.</p>");
        html.Insert(html.Length, "<div>", depth).Append("deep text").Insert(html.Length, "</div>", depth).Append("<p>After the nest.</p></body></html>");

        var page = _reader.ReadHtml(html.ToString(), null);

        Assert.That(page.Text, Does.Contain("No calls, please.").And.Contain("deep text").And.Contain("After the nest."));
    }

    [Test, CancelAfter(30_000)]
    public void A_twenty_megabyte_text_node_is_cut_at_the_text_limit()
    {
        var options = AnalyzerOptions.CreateDefault();
        var html = "<html><body><p>Start here. " + new string('x', 20 * 1024 * 1024) + "</p></body></html>";
        var watch = Stopwatch.StartNew();

        var page = new PageReader(options).ReadHtml(html, null);

        Assert.That(page.Text, Does.StartWith("Start here."));
        Assert.That(page.Text, Has.Length.LessThanOrEqualTo(options.MaxTextLength));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public void Plain_text_beyond_the_limit_is_cut()
    {
        var options = AnalyzerOptions.CreateDefault() with { MaxTextLength = 100 };

        var page = new PageReader(options).ReadText(new string('a', 500));

        Assert.That(page.Text, Has.Length.EqualTo(100));
    }

    [Test]
    public void Elements_past_the_depth_limit_are_read_as_plain_text()
    {
        var options = AnalyzerOptions.CreateDefault() with { MaxElementDepth = 5 };
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10)) + "<span hidden>still text</span>"
            + string.Concat(Enumerable.Repeat("</div>", 10)) + "</body></html>";

        Assert.That(new PageReader(options).ReadHtml(html, null).Text, Is.EqualTo("still text"));
    }
}
