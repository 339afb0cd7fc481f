using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using JobCapture.Core;

namespace JobCapture.Benchmarks;

/// <summary>
/// Full analysis of every corpus page against AngleSharp's bare parse of the same pages: the ratio of the two means
/// is what the analysis adds on top of parsing (the goal is at most 1.5x). A long warm-up: the analysis has many
/// methods, and they take seconds to reach the JIT's final tier.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 60, iterationCount: 20)]
public class AnalysisVersusBareParse
{
    private IReadOnlyList<string> _pages = [];
    private PostingAnalyzer _analyzer = null!;

    public int PageCount => _pages.Count;

    [GlobalSetup]
    public void LoadCorpus()
    {
        _pages = CorpusFolder.ReadPages();
        _analyzer = PostingAnalyzer.CreateDefault();
    }

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument")]
    public int BareParse()
    {
        var nodes = 0;
        foreach (var html in _pages)
        {
            using var document = new HtmlParser().ParseDocument(html);
            nodes += document.ChildNodes.Length;
        }

        return nodes;
    }

    [Benchmark(Description = "PostingAnalyzer.AnalyzeHtml")]
    public int FullAnalysis()
    {
        var characters = 0;
        foreach (var html in _pages)
        {
            characters += _analyzer.AnalyzeHtml(html, "https://example.invalid/job").Text.Length;
        }

        return characters;
    }
}
