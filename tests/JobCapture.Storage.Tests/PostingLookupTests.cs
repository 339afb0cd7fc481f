using JobCapture.Core;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Postings;

namespace JobCapture.Storage.Tests;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class PostingLookupTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private const string Key = "https://careers.acme.example/jobs/tiler";

    private async Task<long> SaveAsync(string captureId, string url)
    {
        await using var db = Open();
        const string html = "<h1>Tiler</h1><p>No phone calls, please.</p>";
        var capture = new NewCapture(captureId, Key, url, "Tiler", "extension", Now, html, null, null);
        var stored = await new CaptureStore(db).SaveAsync(capture, Analyzer.AnalyzeHtml(html, url), Now, CancellationToken.None);
        return stored.PostingId;
    }

    private async Task<long?> LookupAsync(string url)
    {
        await using var db = Open();
        return (await new PostingQueries(db).FindByUrlAsync(url, CancellationToken.None))?.Id;
    }

    [Test]
    public async Task A_posting_is_found_by_every_url_it_was_captured_under_with_or_without_tracking()
    {
        var id = await SaveAsync("a", "https://careers.acme.example/search?q=tiler&page=2");
        await SaveAsync("b", "https://jobs.board.example/listing/88?utm_source=mail");

        Assert.Multiple(async () =>
        {
            Assert.That(await LookupAsync(Key), Is.EqualTo(id), "its key");
            Assert.That(await LookupAsync("https://careers.acme.example/search?page=2&q=tiler#top"), Is.EqualTo(id), "the first capture's URL");
            Assert.That(await LookupAsync("https://jobs.board.example/listing/88?gclid=x"), Is.EqualTo(id), "the second capture's URL");
        });
    }

    [Test]
    public async Task A_url_no_capture_was_made_under_finds_nothing()
    {
        await SaveAsync("a", "https://careers.acme.example/search?q=tiler&page=2");

        Assert.Multiple(async () =>
        {
            Assert.That(await LookupAsync("https://careers.acme.example/search?q=tiler&page=3"), Is.Null);
            Assert.That(await LookupAsync("https://careers.acme.example/jobs/roofer"), Is.Null);
        });
    }
}
