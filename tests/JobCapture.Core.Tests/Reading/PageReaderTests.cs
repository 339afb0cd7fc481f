using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

public class PageReaderTests
{
    private static readonly string[] HiddenMarkers =
        ["STYLE-TEXT", "SCRIPT-TEXT", "HIDDEN-ATTRIBUTE-TEXT", "ARIA-HIDDEN-TEXT", "DISPLAY-NONE-TEXT", "SCREEN-READER-ONLY-TEXT", "TEMPLATE-TEXT", "NOSCRIPT-TEXT"];

    private static readonly string[] BlockSentences =
    [
        "What you bring", "A sailing licence", "Calm under pressure", "Shift", "Nights", "Pay", "Hourly",
        "First line", "Second line", "Inline bold and linked words stay on one line.", "Outer text", "Nested block", "Tail text",
    ];

    private static readonly string[] PlainSentences = ["No calls, please.", "Email us instead."];

    private readonly PageReader _reader = new(AnalyzerOptions.CreateDefault());

    private PageContent Read(string fixture, string? url = null) => _reader.ReadHtml(Fixtures.Read("Reading", fixture + ".html"), url);

    [Test]
    public void Only_visible_text_is_read()
    {
        var text = Read(nameof(Only_visible_text_is_read)).Text;

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Lead the early shift at our riverside bakery."));
            Assert.That(text, Does.Contain("You will open the ovens at 4 am and train two apprentices."));
            foreach (var hidden in HiddenMarkers)
            {
                Assert.That(text, Does.Not.Contain(hidden));
            }
        });
    }

    [Test]
    public void Cookie_banners_navigation_headers_and_footers_are_left_out()
    {
        var text = Read(nameof(Only_visible_text_is_read)).Text;

        Assert.That(text, Does.Not.Contain("cookies").And.Not.Contain("Sign in").And.Not.Contain("All bakery jobs")
            .And.Not.Contain("support@loafboard.example").And.Not.Contain("©"));
    }

    [Test]
    public void Blocks_keep_sentences_apart()
    {
        var page = Read(nameof(Blocks_keep_sentences_apart));

        Assert.That(page.Sentences.Select(s => s.Text), Is.EqualTo(BlockSentences));
    }

    [Test]
    public void Every_sentence_points_back_into_the_text()
    {
        foreach (var fixture in new[] { nameof(Blocks_keep_sentences_apart), nameof(Only_visible_text_is_read), nameof(Known_job_board_container_is_the_posting) })
        {
            var page = Read(fixture);
            Assert.That(page.Sentences, Is.Not.Empty);
            Assert.That(page.Sentences.Where(s => page.Text[s.Start..s.End] != s.Text), Is.Empty, fixture);
        }
    }

    [Test]
    public void Anchors_keep_their_href_and_the_offsets_of_their_text()
    {
        var page = Read(nameof(Blocks_keep_sentences_apart));

        var anchor = page.Anchors.Single();
        Assert.Multiple(() =>
        {
            Assert.That(anchor.Href, Is.EqualTo("https://harbour.example/pilots"));
            Assert.That(anchor.Text, Is.EqualTo("linked"));
            Assert.That(page.Text[anchor.Start..anchor.End], Is.EqualTo("linked"));
        });
    }

    [Test]
    public void Cloudflare_protected_addresses_are_anchors_with_their_encoded_value()
    {
        const string html = """
            <html><body><main><p>Write to <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="0d6e6c7f687f4d68756c607d6168236875">[email&#160;protected]</a> today.</p></main></body></html>
            """;

        var page = _reader.ReadHtml(html, null);

        var anchor = page.Anchors.Single();
        Assert.That(anchor.CloudflareEmail, Is.EqualTo("0d6e6c7f687f4d68756c607d6168236875"));
        Assert.That(page.Text[anchor.Start..anchor.End], Is.EqualTo("[email protected]"));
    }

    [Test]
    public void Known_job_board_container_is_the_posting()
    {
        var page = Read(nameof(Known_job_board_container_is_the_posting));

        Assert.Multiple(() =>
        {
            Assert.That(page.Text, Does.StartWith("Kiln Technician"));
            Assert.That(page.Text, Does.Contain("You will load, fire and maintain three gas kilns."));
            Assert.That(page.Text, Does.Not.Contain("sponsored").IgnoreCase.And.Not.Contain("help@potteryhub.example"));
            Assert.That(page.Fields.Title, Is.EqualTo("Kiln Technician"));
            Assert.That(page.Fields.Company, Is.EqualTo("Glazeworks"));
            Assert.That(page.Fields.Location, Is.EqualTo("Stoke-on-Trent, England"));
        });
    }

    [Test]
    public void Densest_block_is_the_posting_on_unknown_sites()
    {
        var page = Read(nameof(Densest_block_is_the_posting_on_unknown_sites));

        Assert.Multiple(() =>
        {
            Assert.That(page.Text, Does.StartWith("Beekeeping Assistant\nThe Meadow Honey Cooperative keeps four hundred hives"));
            Assert.That(page.Text, Does.Not.Contain("Cider press operator").And.Not.Contain("newsletter"));
            Assert.That(page.Fields.Title, Is.EqualTo("Beekeeping Assistant"));
        });
    }

    [Test]
    public void Description_only_in_json_ld_is_analysed()
    {
        var page = Read(nameof(Description_only_in_json_ld_is_analysed));

        Assert.Multiple(() =>
        {
            Assert.That(page.Text, Is.EqualTo("Clock Restorer\nRestore antique longcase clocks in our workshop.\nFive years at the bench\nQuestions: tick@tockworks.example"));
            Assert.That(page.Text, Does.Not.Contain("JavaScript"));
            Assert.That(page.Fields.Description, Does.StartWith("Restore antique longcase clocks"));
            var anchor = page.Anchors.Single();
            Assert.That(anchor.Href, Is.EqualTo("mailto:tick@tockworks.example"));
            Assert.That(page.Text[anchor.Start..anchor.End], Is.EqualTo("tick@tockworks.example"));
        });
    }

    [Test]
    public void A_description_the_page_already_shows_is_not_added_twice()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Sail Maker","description":"<p>Cut and stitch racing sails by hand in our loft.</p>"}</script></head>
            <body><main><h1>Sail Maker</h1><p>Cut and stitch racing sails by hand in our loft.</p></main></body></html>
            """;

        var text = _reader.ReadHtml(html, null).Text;

        Assert.That(text, Is.EqualTo("Sail Maker\nCut and stitch racing sails by hand in our loft."));
    }

    [Test]
    public void Plain_text_is_read_as_it_is()
    {
        var page = _reader.ReadText("No calls, please. Email us instead.");

        Assert.That(page.Sentences.Select(s => s.Text), Is.EqualTo(PlainSentences));
    }
}
