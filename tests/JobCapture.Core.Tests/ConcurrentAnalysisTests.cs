namespace JobCapture.Core.Tests;

/// <summary>
/// One analyzer serves every capture at once, and what it reuses between pages (pooled parsers, walk stacks, text
/// builders, word caches, the affix answers of the statement rules) is shared between threads. Pages analysed side by
/// side, each thread in its own order, must come out exactly as they do one at a time.
/// </summary>
public class ConcurrentAnalysisTests
{
    private const int Threads = 4;

    [Test]
    public async Task Corpus_pages_analysed_on_several_threads_at_once_match_their_analysis_one_at_a_time()
    {
        var pages = CorpusPages.FileNames().Select(name => (Name: name, Html: CorpusPages.Read(name))).ToList();
        var analyzer = PostingAnalyzer.CreateDefault();
        var alone = pages.ToDictionary(page => page.Name, page => Analyze(analyzer, page.Html));

        using var start = new Barrier(Threads);
        var side = await Task.WhenAll(Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return Rotated(pages, thread * pages.Count / Threads).Select(page => (page.Name, Json: Analyze(analyzer, page.Html))).ToList();
        }, TaskCreationOptions.LongRunning)));

        var differing = side.SelectMany(results => results).Where(result => result.Json != alone[result.Name]).Select(result => result.Name).Distinct();
        Assert.That(differing, Is.Empty, "pages whose analysis changed when analysed beside others");
        Assert.That(side.Sum(results => results.Count), Is.EqualTo(Threads * CorpusPages.Count));
    }

    private static string Analyze(PostingAnalyzer analyzer, string html) =>
        AnalysisJson.Serialize(analyzer.AnalyzeHtml(html, "https://jobs.example/1"));

    private static IEnumerable<T> Rotated<T>(List<T> items, int first) => items.Skip(first).Concat(items.Take(first));
}
