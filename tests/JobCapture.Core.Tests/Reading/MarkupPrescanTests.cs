using System.Text.Json;
using AngleSharp.Html.Parser;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

/// <summary>
/// The pre-scan cuts what the reader never reads (script and style bodies, SVG drawings, comments, indentation)
/// before the parse. Whatever it cuts, the reader must see the same page as it would in the original markup.
/// </summary>
public class MarkupPrescanTests
{
    private static readonly AnalyzerOptions Options = AnalyzerOptions.CreateDefault();

    public static IEnumerable<TestCaseData> Pages() =>
        CorpusPages.FileNames().Select(name => new TestCaseData(name).SetName($"Corpus page {name} reads the same after the pre-scan"));

    [Test]
    public void Every_corpus_page_is_a_pre_scan_case() => CorpusPages.AssertOneCasePerPage(Pages().Select(c => (string)c.Arguments[0]!));

    [TestCaseSource(nameof(Pages))]
    public void Every_corpus_page_reads_the_same_after_the_pre_scan(string fileName)
    {
        var html = CorpusPages.Read(fileName);

        using var prepared = MarkupPrescan.Prepare(html, Options.MaxElementDepth, PageMarkup.Default);

        Assert.That(prepared.Span.Length, Is.LessThan(html.Length), "every real page has something to cut");
        Assert.That(WhatTheReaderSees(prepared.Span.ToString()), Is.EqualTo(WhatTheReaderSees(html)));
    }

    [TestCase("<p>Call <script>var a = '<p>not text</p>';</script>us</p>", "<script></script>")]
    [TestCase("<style>p { color: red }</style><p>Styled</p>", "<style></style>")]
    [TestCase("<p>Icon<svg viewBox='0 0 4 4'><g><path d='M0 0L4 4'/><title>tip</title></g></svg> here</p>", "<svg viewBox='0 0 4 4'></svg>")]
    [TestCase("<p>One<!-- a <b>comment</b> -->Two</p>", "<p>OneTwo</p>")]
    [TestCase("<div>\n      <p>Indented</p>\n    </div>", "<div>\n<p>Indented</p>\n</div>")]
    [TestCase("<script>var s = '</scripts>';</script><p>After</p>", "<script></script><p>After</p>")]
    [TestCase("<div data-state='{\"open\":true}' class=\"x\" aria-label=\"Job\">Text</div>", "<div class=\"x\">Text</div>")]
    [TestCase("<p data-track=1 id=a>Text</p>", "<p id=a>Text</p>")]
    [TestCase("<nav id=\"top\">\n<ul><li><a href=\"/jobs\">Jobs</a></li><li><svg><path d=\"M0\"/></svg>Search</li></ul>\n</nav><p>Text</p>",
        "<nav id=\"top\"></nav><p>Text</p>")]
    [TestCase("<div \"=\"\" title=\"a\" lang=\"b\">Odd</div><script>var s = \"<p>not text</p>\";</script><p>Visible</p>", "<script></script><p>Visible</p>")]
    [TestCase("<link rel=\"preload\" href=\"/app.js\"><link rel=\"canonical\" href=\"https://jobs.example/1\"><p>Text</p>",
        "<link rel=\"canonical\" href=\"https://jobs.example/1\"><p>Text</p>")]
    [TestCase("<p>Logo<svg><style>.a { fill: red }</style><path class='a'/></svg></p>", "<svg></svg>")]
    [TestCase("<div><h1>Nurse</h1><div class=\"row\">\n    <span>Empresa</span><!-- value -->\n    <span>Acme</span>\n</div></div>", "<span>Empresa</span>\n<span>Acme</span>")]
    public void Unread_parts_are_cut(string body, string expectedPart) =>
        Assert.That(PreparedReadingTheSame(body), Does.Contain(expectedPart));

    [TestCase("<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Baker\"}</script>", "\"title\":\"Baker\"",
        TestName = "A JSON-LD script keeps its body")]
    [TestCase("<script>document.write('<!--<script>x</script>-->');</script><p>After</p>", "document.write",
        TestName = "A script whose body opens a comment keeps its body, since a later end tag may close it")]
    [TestCase("<p>Logo<svg><style>a<b>c</b></style></svg>Text</p>", "a<b>c</b>",
        TestName = "An SVG whose style holds a tag keeps its body")]
    [TestCase("<svg><foreignObject><div>Visible in the drawing</div></foreignObject></svg><p>After</p>", "Visible in the drawing",
        TestName = "An SVG holding HTML keeps its body")]
    [TestCase("<p>Before<svg><path d='M0 0'/>", "<path",
        TestName = "An SVG that is never closed keeps its body")]
    [TestCase("<p>Open<!-- never closed <p>gone</p>", "never closed",
        TestName = "A comment that is never closed is left to the parser")]
    [TestCase("<p>A</p>&nbsp;&nbsp;\u00A0\u00A0<p>B</p>", "\u00A0\u00A0",
        TestName = "Non-breaking spaces are not indentation")]
    [TestCase("<nav><a href=\"/jobs\">Jobs</nav><p>After</p>", "Jobs",
        TestName = "A navigation that leaves a link open keeps its body, since the parser reopens the link after it")]
    [TestCase("<nav><ul><li>One<li>Two</ul></nav><p>After</p>", "One",
        TestName = "A navigation with an element closed only implicitly keeps its body")]
    [TestCase("<nav><form><input name=q></nav><p>After</p>", "<form>",
        TestName = "A navigation that opens a form keeps its body")]
    [TestCase("<select><nav><p>Option text</p></nav></select><p>After</p>", "Option text",
        TestName = "A navigation inside a select keeps its body, since the select ignores its tags")]
    [TestCase("<div itemscope itemtype=\"https://schema.org/JobPosting\"><link itemprop=\"url\" href=\"https://jobs.example/2\"><p>Text</p></div>",
        "<link itemprop=\"url\"", TestName = "A microdata link is kept")]
    [TestCase("<h1 data-testid=\"job-title\" aria-hidden=\"true\">Hidden title</h1><p>Body</p>", "data-testid=\"job-title\" aria-hidden=\"true\"",
        TestName = "Attributes the reader looks at are kept")]
    [TestCase("<div data-a=\"1\"data-b=\"2\" hidden>Odd</div>", "data-a=\"1\"data-b=\"2\"",
        TestName = "A tag the tokenizer would read with error handling keeps its attributes")]
    public void Parts_the_parser_might_read_differently_are_kept(string body, string kept) =>
        Assert.That(PreparedReadingTheSame(body), Does.Contain(kept));

    [TestCase("<p>One<!-->Two</p><p>Three<!-- x -->Four</p>", TestName = "An abruptly closed empty comment ends at once")]
    [TestCase("<p>One<!--->Two</p><p>Three<!-- x -->Four</p>", TestName = "An abruptly closed comment with one dash ends at once")]
    [TestCase("<p>One<!-- x --!>Two</p><p>Three<!-- x -->Four</p>", TestName = "A comment closed with an exclamation mark ends there")]
    public void Comments_end_where_the_tokenizer_ends_them(string body) =>
        Assert.That(WhatTheReaderSees(PreparedReadingTheSame(body)), Does.Contain("OneTwo").And.Contain("ThreeFour"));

    [Test]
    public void Markup_with_nothing_to_cut_is_parsed_as_it_is()
    {
        const string html = "<html><body><p>Plain</p></body></html>";

        using var prepared = MarkupPrescan.Prepare(html, Options.MaxElementDepth, PageMarkup.Default);

        Assert.That(prepared.Span.ToString(), Is.EqualTo(html));
    }

    /// <summary>The prepared markup of a page with <paramref name="body"/>, asserted to read as the original does.</summary>
    private static string PreparedReadingTheSame(string body)
    {
        var html = $"<html><body>{body}</body></html>";
        using var prepared = MarkupPrescan.Prepare(html, Options.MaxElementDepth, PageMarkup.Default);
        var text = prepared.Span.ToString();
        Assert.That(WhatTheReaderSees(text), Is.EqualTo(WhatTheReaderSees(html)), "the reader sees the same page");
        return text;
    }

    /// <summary>Everything the walker collects, as one comparable string.</summary>
    private static string WhatTheReaderSees(string html)
    {
        var scan = PageWalker.Walk(new HtmlParser().ParseDocument(html), PageMarkup.Default, Options);
        return JsonSerializer.Serialize(new
        {
            scan.Text,
            scan.Anchors,
            scan.LinkCharacters,
            scan.PostingParts,
            scan.ContentRoots,
            scan.DenseBlocks,
            scan.H1s,
            scan.JsonLdScripts,
            scan.Meta,
            scan.TitleTag,
            scan.CanonicalHref,
            MarkupFields = scan.MarkupFields.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value),
            CompanyFields = scan.CompanyFields.Select(field => new { field.Text, Beside = scan.Headings.Select(field.SitsBeside) }),
            MarkupFieldImages = scan.MarkupFieldImages.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value),
            scan.Microdata,
            scan.MicrodataPostings,
            Headings = scan.Headings.Select(heading => heading.Text),
            // The elements' numbers change when the pre-scan cuts elements; which block sits beside which heading must not.
            EmployerBlocks = scan.EmployerBlocks.Select(block => new { block.Text, block.ImageAlt, Beside = scan.Headings.Select(block.SitsBeside) }),
            LabelledCells = scan.LabelledCells.Select(cell => new[] { cell.Label, cell.Value }),
            LabelledValues = scan.LabelledValues.Select(pair => new { pair.Label, pair.Value.Text, Beside = scan.Headings.Select(pair.Value.SitsBeside) }),
            scan.LogoNames,
            scan.CopyrightLines,
        });
    }
}
