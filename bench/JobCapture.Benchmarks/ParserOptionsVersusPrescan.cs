using System.Diagnostics;
using AngleSharp.Html.Parser;
using JobCapture.Core;
using JobCapture.Core.Reading;

namespace JobCapture.Benchmarks;

/// <summary>
/// Could AngleSharp's own parser options replace the pre-scan? Each round times, over every corpus page: the bare parse
/// (the baseline of the 1.5x goal), the full analysis as it is, and the reader's first two steps three ways: pre-scan,
/// parse and walk as today; parse and walk of the whole markup with the parser as today; and the same with every
/// option that cuts what the reader never reads (comments, style and other raw text; then unread data-/aria- attributes
/// too).
/// The analysis ratio without the pre-scan is estimated per round as (full - today's steps + option steps) / bare.
/// Script bodies cannot be skipped by the parser: the JSON-LD the reader needs is a script body.
/// </summary>
internal static class ParserOptionsVersusPrescan
{
    private const int Rounds = 21;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);
    private static readonly AnalyzerOptions Options = AnalyzerOptions.CreateDefault();

    public static void Run()
    {
        var pages = CorpusFolder.ReadPages();
        var analyzer = PostingAnalyzer.CreateDefault();
        var plainParser = new HtmlParser(new HtmlParserOptions { DisableElementPositionTracking = true });
        var skippingParser = new HtmlParser(SkippingOptions());
        var cuttingOptions = SkippingOptions();
        cuttingOptions.ShouldEmitAttribute = EmitsReadAttribute;
        var cuttingParser = new HtmlParser(cuttingOptions);
        CheckSameText(pages, [plainParser, skippingParser, cuttingParser]);

        var passes = new (string Name, Action<string> Pass)[]
        {
            ("bare parse", html => new HtmlParser().ParseDocument(html)),
            ("full analysis", html => analyzer.AnalyzeHtml(html, "https://example.invalid/job")),
            ("pre-scan, parse, walk (today)", html => PrescanParseWalk(html, plainParser)),
            ("no pre-scan: parse, walk (parser as today)", html => ParseWalk(html, plainParser)),
            ("no pre-scan: parse, walk (skip comments, raw text)", html => ParseWalk(html, skippingParser)),
            ("no pre-scan: parse, walk (same, unread attributes too)", html => ParseWalk(html, cuttingParser)),
        };
        for (var watch = Stopwatch.StartNew(); watch.Elapsed < WarmUp;)
        {
            foreach (var (_, pass) in passes)
            {
                Time(pages, pass);
            }
        }

        var times = passes.Select(_ => new double[Rounds]).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < passes.Length; i++)
            {
                times[i][round] = Time(pages, passes[i].Pass);
            }
        }

        Report(pages.Count, passes.Select(p => p.Name).ToArray(), times);
    }

    private static void Report(int pageCount, string[] names, double[][] times)
    {
        Console.WriteLine($"{pageCount} pages, {Rounds} rounds, medians:");
        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine($"  {names[i],-45} {Median(times[i]),8:F1} ms  ({Median(Ratios(times[i], times[0])):F2}x bare)");
        }

        var (bare, full, today) = (times[0], times[1], times[2]);
        Console.WriteLine($"full analysis / bare parse, today: {Median(Ratios(full, bare)):F2}x");
        for (var i = 3; i < names.Length; i++)
        {
            var without = Enumerable.Range(0, Rounds).Select(r => (full[r] - today[r] + times[i][r]) / bare[r]).ToArray();
            Console.WriteLine($"full analysis / bare parse, {names[i]}: {Median(without):F2}x (estimated)");
        }
    }

    private static HtmlParserOptions SkippingOptions() => new()
    {
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipRawText = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        MaximumDepth = Math.Max(Options.MaxElementDepth * 2, 64),
    };

    private static void PrescanParseWalk(string html, HtmlParser parser)
    {
        using var markup = MarkupPrescan.Prepare(html, Options.MaxElementDepth, PageMarkup.Default);
        PageWalker.Walk(markup.Parse(parser), PageMarkup.Default, Options);
    }

    private static PageScan ParseWalk(string html, HtmlParser parser) =>
        PageWalker.Walk(parser.ParseDocument(html), PageMarkup.Default, Options);

    private static bool EmitsReadAttribute(ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        var span = name.Span;
        return !(span.StartsWith("data-", StringComparison.OrdinalIgnoreCase) || span.StartsWith("aria-", StringComparison.OrdinalIgnoreCase))
            || PageMarkup.Default.ReadsAttribute(span);
    }

    /// <summary>The comparison is fair only if the reader sees the same text on every path.</summary>
    private static void CheckSameText(IReadOnlyList<string> pages, HtmlParser[] parsers)
    {
        foreach (var html in pages)
        {
            using var markup = MarkupPrescan.Prepare(html, Options.MaxElementDepth, PageMarkup.Default);
            var today = PageWalker.Walk(markup.Parse(parsers[0]), PageMarkup.Default, Options).Text;
            if (parsers.Any(parser => ParseWalk(html, parser).Text != today))
            {
                throw new InvalidOperationException("a parser path reads a different text than the pre-scan path");
            }
        }
    }

    private static double Time(IReadOnlyList<string> pages, Action<string> pass)
    {
        var watch = Stopwatch.StartNew();
        foreach (var html in pages)
        {
            pass(html);
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static double[] Ratios(double[] values, double[] baseline) => values.Zip(baseline, (v, b) => v / b).ToArray();

    private static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);
}
