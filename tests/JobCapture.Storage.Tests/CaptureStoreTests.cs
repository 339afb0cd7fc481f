using JobCapture.Core;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tests;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class CaptureStoreTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static NewCapture Capture(string captureId, string key, string html = "<h1>Baker</h1><p>No phone calls, please.</p>") =>
        new(captureId, key, key, "Baker", "extension", Now, html, null, null);

    private async Task<StoredCapture> SaveAsync(NewCapture capture)
    {
        await using var db = Open();
        return await new CaptureStore(db).SaveAsync(capture, Analyzer.AnalyzeHtml(capture.Html, capture.Url), Now, CancellationToken.None);
    }

    [Test]
    public async Task A_capture_id_saved_twice_is_stored_once()
    {
        var first = await SaveAsync(Capture("same", "https://jobs.example/1"));
        var second = await SaveAsync(Capture("same", "https://jobs.example/1"));

        await using var db = Open();
        Assert.Multiple(() =>
        {
            Assert.That(second.WasDuplicate, Is.True);
            Assert.That(second.SnapshotId, Is.EqualTo(first.SnapshotId));
            Assert.That(db.Snapshots.Count(), Is.EqualTo(1));
            Assert.That(db.Analyses.Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_new_capture_of_a_saved_posting_adds_a_snapshot_to_it()
    {
        var first = await SaveAsync(Capture("a", "https://jobs.example/1"));
        var second = await SaveAsync(Capture("b", "https://jobs.example/1"));

        Assert.That(first.IsNewPosting, Is.True);
        Assert.That(second.IsNewPosting, Is.False);
        Assert.That(second.PostingId, Is.EqualTo(first.PostingId));
    }

    [Test]
    public async Task The_snapshot_keeps_the_page_exactly_and_compressed()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Lift boxes. Café ☕ staff welcome.</p>", 500)) + "</body></html>";
        var stored = await SaveAsync(Capture("c", "https://jobs.example/2", html));

        await using var db = Open();
        var snapshot = await db.Snapshots.SingleAsync(s => s.Id == stored.SnapshotId);

        Assert.That(HtmlCompression.Decompress(snapshot.HtmlGzip), Is.EqualTo(html));
        Assert.That(snapshot.HtmlGzip.Length, Is.LessThan(html.Length / 5));
    }

    [Test]
    public async Task The_posting_carries_the_phone_verdict_for_filtering()
    {
        var stored = await SaveAsync(Capture("d", "https://jobs.example/3"));

        await using var db = Open();
        var posting = await db.Postings.SingleAsync(p => p.Id == stored.PostingId);

        Assert.That(posting.PhoneVerdict, Is.EqualTo("forbidden"));
        Assert.That(posting.Title, Is.EqualTo("Baker"));
    }
}
