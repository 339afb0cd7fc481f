using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JobCapture.Core.Postings;
using Microsoft.Extensions.ObjectPool;

namespace JobCapture.Core.Reading;

/// <summary>
/// Reads a page the way a person looking for the job would: parse once, walk once, then decide what the posting
/// is. The steps, in order:
/// <list type="number">
/// <item>Cut what is never read and flatten absurd nesting (<see cref="MarkupPrescan"/>), then parse the HTML with AngleSharp: the only parse
///   of the page.</item>
/// <item>Walk the tree once (<see cref="PageWalker"/>): visible text with block boundaries, chrome left out, and
///   the raw material of structured data.</item>
/// <item>Find the JSON-LD JobPosting and read its description as text.</item>
/// <item>Put the fields together, most trusted source first (<see cref="PostingFieldsReader"/>).</item>
/// <item>Choose the posting's own content (<see cref="ContentChooser"/>) and compose the analysed text from it,
///   with the title first and the structured description appended when the page does not show it.</item>
/// <item>Cut the text into sentences.</item>
/// </list>
/// </summary>
public sealed class PageReader : IPageReader
{
    private const int DescriptionProbeLength = 60;

    private readonly AnalyzerOptions _options;
    private readonly PageMarkup _markup = PageMarkup.Default;

    public PageReader(AnalyzerOptions options) => _options = options;

    public PageContent ReadHtml(string html, string? url, CancellationToken cancellationToken = default)
    {
        // Not disposed: Document.Dispose tears the tree down node by node (about 6% of a parse), and nothing here
        // holds resources the garbage collector would not reclaim: no browsing context, no loaders, no scripts.
        var document = ParsePrepared(html);
        var scan = PageWalker.Walk(document, _markup, _options, cancellationToken);
        var posting = TheJobPosting(JsonLdReader.FindJobPostings(scan.JsonLdScripts));
        var description = posting is { } found ? ReadDescription(JsonLdFields.DescriptionHtml(found)) : null;
        var fields = PostingFieldsReader.Read(scan, posting, description?.Text.Trim() ?? "", url);
        var composer = ComposeText(scan, fields, description);
        return new PageContent
        {
            Text = composer.Text,
            Sentences = SentenceSplitter.Split(composer.Text),
            Fields = fields,
            Anchors = composer.Anchors,
            ContactHints = posting is { } withContacts ? [.. JsonLdFields.ContactHints(withContacts)] : [],
            Url = url ?? "",
        };
    }

    public PageContent ReadText(string text)
    {
        var clipped = text.Length > _options.MaxTextLength ? text[.._options.MaxTextLength] : text;
        return new PageContent { Text = clipped, Sentences = SentenceSplitter.Split(clipped) };
    }

    // Parsers are pooled: HtmlParser keeps per-parse state and is not documented as thread-safe, and creating one
    // builds an AngleSharp configuration, twice per page. Scripting stays off (the default), so <noscript> content is
    // parsed as markup and the walker can skip it as an element rather than meet it as raw text. Element positions
    // (line and column of each tag) are not tracked: nothing reads them, and tracking costs the tokenizer per character.
    private static readonly ObjectPool<HtmlParser> Parsers = new DefaultObjectPool<HtmlParser>(new ParserPolicy());

    private static IDocument Parse(string html) => WithParser(parser => parser.ParseDocument(html));

    private IDocument ParsePrepared(string html)
    {
        using var markup = MarkupPrescan.Prepare(html, _options.MaxElementDepth, _markup);
        return WithParser(markup.Parse);
    }

    private static IDocument WithParser(Func<HtmlParser, IDocument> parse)
    {
        var parser = Parsers.Get();
        try
        {
            return parse(parser);
        }
        finally
        {
            Parsers.Return(parser);
        }
    }

    private sealed class ParserPolicy : PooledObjectPolicy<HtmlParser>
    {
        public override HtmlParser Create() => new(new HtmlParserOptions { DisableElementPositionTracking = true });

        public override bool Return(HtmlParser parser) => true;
    }

    /// <summary>The one JobPosting the page is about. Several that name the same title are one posting in several
    /// scripts; several different ones are a results page, which has no single posting to lend fields.</summary>
    private static JsonElement? TheJobPosting(IReadOnlyList<JsonElement> postings)
    {
        if (postings.Count == 0)
        {
            return null;
        }

        var titles = postings.Select(p => Json.Text(p, "title")).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return titles == 1 ? postings[0] : null;
    }

    /// <summary>The JSON-LD description read as a page of its own, so it keeps its paragraphs and list items.</summary>
    private PageScan? ReadDescription(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var document = Parse(html);
        var scan = PageWalker.Walk(document, _markup, _options);
        return scan.Text.Length > 0 ? scan : null;
    }

    private TextComposer ComposeText(PageScan scan, PostingFields fields, PageScan? description)
    {
        var composer = new TextComposer(_options.MaxTextLength);
        var ranges = ContentChooser.Choose(scan);
        if (fields.Title.Length > 0 && !ranges.Any(range => HasLine(scan.Text.AsSpan(range.Start, range.Length), fields.Title)))
        {
            composer.AppendBlock(fields.Title);
        }

        foreach (var range in ranges)
        {
            composer.AppendBlock(scan.Text, range, scan.Anchors);
        }

        if (description is not null && !composer.Contains(Probe(description.Text)))
        {
            composer.AppendBlock(description.Text, new TextRange(0, description.Text.Length), description.Anchors);
        }

        return composer;
    }

    /// <summary>True when <paramref name="line"/> stands on a line of its own (a heading), not merely in a sentence.</summary>
    private static bool HasLine(ReadOnlySpan<char> text, string line)
    {
        for (var at = text.IndexOf(line, StringComparison.Ordinal); at >= 0; at = NextIndex(text, line, at))
        {
            var end = at + line.Length;
            if ((at == 0 || text[at - 1] == '\n') && (end == text.Length || text[end] == '\n'))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> text, string value, int after)
    {
        var next = text[(after + 1)..].IndexOf(value, StringComparison.Ordinal);
        return next < 0 ? -1 : after + 1 + next;
    }

    /// <summary>A piece of the description's longest line, to tell whether the page shows the description.</summary>
    private static string Probe(string description)
    {
        var longest = description.Split('\n').MaxBy(line => line.Length) ?? "";
        return longest.Length <= DescriptionProbeLength ? longest : longest[..DescriptionProbeLength];
    }
}
