using JobCapture.Core;
using JobCapture.Core.FollowUp;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tests;

/// <summary>The posting's columns hold what lists show, so no list reads the analysis JSON.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class ReadModelTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private const string Page = """
        <script type="application/ld+json">{"@type":"JobPosting","title":"Night Baker","hiringOrganization":{"name":"Crumb"},
        "validThrough":"2026-12-31T23:59:00+01:00"}</script>
        <h1>Night Baker</h1><p>No phone calls, please. Questions? Email jobs@crumb.example. We reply within 10 business days.</p>
        """;

    private async Task<long> SaveAsync(string key, string html = Page, DateTimeOffset? at = null, string pageTitle = "")
    {
        await using var db = Open();
        var capture = new NewCapture(Guid.NewGuid().ToString("N"), key, key, pageTitle, "cli", at ?? Now, html, null, null);
        return (await new CaptureStore(db).SaveAsync(capture, Analyzer.AnalyzeHtml(html, key), at ?? Now, CancellationToken.None)).PostingId;
    }

    [Test]
    public async Task A_capture_fills_the_columns_for_every_channel_the_statements_and_the_timing()
    {
        var id = await SaveAsync("https://jobs.example/baker");

        await using var db = Open();
        var posting = await db.Postings.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Multiple(() =>
        {
            Assert.That(posting.Title, Is.EqualTo("Night Baker"));
            Assert.That(posting.Language, Is.EqualTo("en"));
            Assert.That(posting.PhoneVerdict, Is.EqualTo("forbidden"));
            Assert.That(posting.PhoneEvidence, Is.EqualTo("No phone calls, please."));
            Assert.That(posting.EmailVerdict, Is.Not.Empty);
            Assert.That(posting.StatementKinds, Does.Contain(" noCalls "));
            Assert.That(posting.FollowUpBusinessDays, Is.EqualTo(10));
            Assert.That(posting.Deadline, Is.EqualTo(new DateOnly(2026, 12, 31)));
            Assert.That(posting.FollowUpDueOn, Is.Null, "not applied yet");
        });
    }

    [Test]
    public async Task Applying_sets_the_follow_up_date_and_due_lists_it_once_the_date_has_come()
    {
        var id = await SaveAsync("https://jobs.example/baker");
        await using var db = Open();
        var tracking = new TrackingStore(db, TimeProvider.System);

        await tracking.SetStatusAsync(id, ApplicationStatus.Applied, new DateOnly(2026, 11, 20), CancellationToken.None);
        var dueOn = (await db.Postings.AsNoTracking().SingleAsync(p => p.Id == id)).FollowUpDueOn;
        var dayBefore = await tracking.DueAsync(dueOn!.Value.AddDays(-1), CancellationToken.None);
        var onTheDay = await tracking.DueAsync(dueOn.Value, CancellationToken.None);

        Assert.That(dueOn, Is.EqualTo(BusinessCalendar.AddBusinessDays(new DateOnly(2026, 11, 20), 10)));
        Assert.That(dayBefore, Is.Empty);
        Assert.That(onTheDay.Select(p => p.Id), Is.EqualTo(new[] { id }));
    }

    [Test]
    public async Task The_list_pages_through_every_posting_without_a_cap_and_sorts_by_title()
    {
        for (var i = 0; i < 7; i++)
        {
            await SaveAsync($"https://jobs.example/{i}", "<p>No phone calls, please.</p>", Now.AddMinutes(i), $"Job {(char)('G' - i)}");
        }

        await using var db = Open();
        var queries = new PostingQueries(db);
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await queries.ListAsync(new PostingFilter(Sort: PostingSort.Title, Page: page, PageSize: 3), CancellationToken.None);
            Assert.That(result.Total, Is.EqualTo(7));
            pages.AddRange(result.Items.Select(p => p.Title));
        }

        Assert.That(pages, Is.EqualTo(new[] { "Job A", "Job B", "Job C", "Job D", "Job E", "Job F", "Job G" }));
    }

    [Test]
    public async Task A_search_is_paged_and_filtered_by_status_in_the_same_query()
    {
        var first = await SaveAsync("https://jobs.example/1");
        await SaveAsync("https://jobs.example/2");
        await SaveAsync("https://jobs.example/other", "<h1>Forklift driver</h1>");
        await using var db = Open();
        await new TrackingStore(db, TimeProvider.System).SetStatusAsync(first, ApplicationStatus.Applied, new DateOnly(2026, 11, 20), CancellationToken.None);

        var queries = new PostingQueries(db);
        var bakers = await queries.ListAsync(new PostingFilter(Search: "baker", PageSize: 1), CancellationToken.None);
        var appliedBakers = await queries.ListAsync(new PostingFilter(Search: "baker", Status: ApplicationStatus.Applied), CancellationToken.None);

        Assert.That(bakers.Total, Is.EqualTo(2));
        Assert.That(bakers.Items, Has.Count.EqualTo(1));
        Assert.That(appliedBakers.Items.Select(p => p.Id), Is.EqualTo(new[] { first }));
    }

    [Test]
    public async Task The_export_query_counts_follow_ups_per_posting()
    {
        var id = await SaveAsync("https://jobs.example/1");
        await SaveAsync("https://jobs.example/2");
        await using var db = Open();
        await new TrackingStore(db, TimeProvider.System).LogFollowUpAsync(id, Channel.Email, new DateOnly(2026, 11, 27), "", null, CancellationToken.None);

        var rows = await new PostingQueries(db).AllWithFollowUpCountsAsync(CancellationToken.None);

        Assert.That(rows.ToDictionary(r => r.Posting.Id, r => r.FollowUpsMade)[id], Is.EqualTo(1));
        Assert.That(rows.Sum(r => r.FollowUpsMade), Is.EqualTo(1));
    }
}
