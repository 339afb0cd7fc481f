using JobCapture.Core;
using JobCapture.Core.Identity;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Migrations;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Users;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tests;

/// <summary>One job seen on a job board and on the employer's tracking system is one posting with a sighting per
/// place; different jobs, and different users' captures, stay apart.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class SightingTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private const string AtsUrl = "https://boards.greenhouse.io/acme/jobs/5071418007";
    private const string BoardUrl = "https://www.linkedin.com/jobs/view/3912345678";
    private const string CompanyUrl = "https://careers.acme.example/jobs/data-analyst";
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static string Page(string title, string company, string location, string applyLink = "") => $$"""
        <html><head><title>{{title}}</title><script type="application/ld+json">{"@type":"JobPosting","title":"{{title}}",
        "hiringOrganization":{"name":"{{company}}"},"jobLocation":{"address":{"addressLocality":"{{location}}"} } }</script></head>
        <body><h1>{{title}}</h1><p>Turn numbers into decisions at {{company}}. No phone calls, please.</p>{{applyLink}}</body></html>
        """;

    private async Task<StoredCapture> SaveAsync(string url, string html, DateTimeOffset seenAt, Owner? owner = null)
    {
        await using var db = Open(owner);
        var analysis = Analyzer.AnalyzeHtml(html, url);
        var capture = new NewCapture(Guid.NewGuid().ToString("N"), PostingIdentity.KeyFor(url, analysis.Posting.CanonicalUrl), url, "", "extension", seenAt, html, null, null);
        return await new CaptureStore(db).SaveAsync(capture, analysis, seenAt, None);
    }

    private async Task<List<PlaceSeen>> PlacesAsync(long postingId, Owner? owner = null)
    {
        await using var db = Open(owner);
        return await new PostingQueries(db).PlacesSeenAsync(postingId, None);
    }

    [Test]
    public async Task A_board_page_naming_the_ats_job_joins_the_posting_saved_from_the_ats()
    {
        var ats = await SaveAsync(AtsUrl, Page("Data Analyst", "Acme", "Leeds"), Monday);
        var board = await SaveAsync(BoardUrl, Page("Analyst", "Acme Holdings", "Remote", $"""<a href="{AtsUrl}?gh_src=li">Apply now</a>"""), Monday.AddDays(20));

        var places = await PlacesAsync(ats.PostingId);
        await using var db = Open();
        Assert.Multiple(() =>
        {
            Assert.That(board.PostingId, Is.EqualTo(ats.PostingId));
            Assert.That((board.IsNewPosting, board.JoinedPosting), Is.EqualTo((false, true)));
            Assert.That(places.Select(p => (p.Url, p.Site)), Is.EqualTo(new[] { (AtsUrl, "Greenhouse"), (BoardUrl, "LinkedIn") }));
            Assert.That(places.Select(p => p.SnapshotId), Is.EqualTo(new long?[] { ats.SnapshotId, board.SnapshotId }));
            Assert.That(places.Select(p => p.SeenAt), Is.EqualTo(new[] { Monday, Monday.AddDays(20) }));
            Assert.That(db.Postings.Count(), Is.EqualTo(1));
            Assert.That(db.Snapshots.Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task The_export_names_every_address_a_posting_was_seen_at_first_seen_first_each_once()
    {
        var ats = await SaveAsync(AtsUrl, Page("Data Analyst", "Acme", "Leeds"), Monday);
        await SaveAsync(BoardUrl, Page("Analyst", "Acme Holdings", "Remote", $"""<a href="{AtsUrl}">Apply now</a>"""), Monday.AddDays(2));
        await SaveAsync(AtsUrl, Page("Data Analyst", "Acme", "Leeds"), Monday.AddDays(5));
        var other = await SaveAsync(CompanyUrl, Page("Tiler", "Globex", "York"), Monday.AddDays(1));

        await using var db = Open();
        var urls = await new PostingQueries(db).SightingUrlsAsync(None);

        Assert.That(urls, Is.EqualTo(new Dictionary<long, List<string>> { [ats.PostingId] = [AtsUrl, BoardUrl], [other.PostingId] = [CompanyUrl] }));
    }

    [Test]
    public async Task The_same_title_company_and_location_days_apart_join_and_the_list_counts_the_sites()
    {
        var board = await SaveAsync(BoardUrl, Page("Data Analyst (m/w/d)", "Acme GmbH", "Leeds"), Monday);
        var site = await SaveAsync(CompanyUrl, Page("Data analyst", "ACME", "Leeds"), Monday.AddDays(3));
        var other = await SaveAsync("https://careers.acme.example/jobs/data-analyst-york", Page("Data Analyst", "Acme", "York"), Monday.AddDays(3));

        await using var db = Open();
        var list = await new PostingQueries(db).ListAsync(new PostingFilter(), None);
        Assert.Multiple(() =>
        {
            Assert.That(site.PostingId, Is.EqualTo(board.PostingId));
            Assert.That(site.JoinedPosting, Is.True);
            Assert.That(other.IsNewPosting, Is.True, "another city is another job");
            Assert.That(list.PlacesSeenOf(board.PostingId), Is.EqualTo(2));
            Assert.That(list.PlacesSeenOf(other.PostingId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_same_fields_weeks_later_are_a_new_posting()
    {
        var first = await SaveAsync(BoardUrl, Page("Data Analyst", "Acme", "Leeds"), Monday);
        var within = await SaveAsync(CompanyUrl, Page("Data Analyst", "Acme", "Leeds"), Monday.AddDays(SamePosting.Window.Days));
        var later = await SaveAsync("https://jobs.indeed.example/viewjob/99", Page("Data Analyst", "Acme", "Leeds"), Monday.AddDays(30));

        Assert.That(within.PostingId, Is.EqualTo(first.PostingId), "within the window the fields join");
        Assert.That(later.IsNewPosting, Is.True, "past every sighting's window they do not");
    }

    [Test]
    public async Task Capturing_a_place_again_adds_a_snapshot_and_no_sighting()
    {
        var ats = await SaveAsync(AtsUrl, Page("Data Analyst", "Acme", "Leeds"), Monday);
        await SaveAsync(BoardUrl, Page("Data Analyst", "Acme", "Leeds", $"""<a href="{AtsUrl}">Apply now</a>"""), Monday.AddDays(1));
        var again = await SaveAsync(BoardUrl + "?trk=public_jobs", Page("Data Analyst", "Acme", "Leeds", $"""<a href="{AtsUrl}">Apply now</a>"""), Monday.AddDays(2));

        await using var db = Open();
        var posting = await db.Postings.SingleAsync();
        Assert.Multiple(async () =>
        {
            Assert.That((again.PostingId, again.IsNewPosting, again.JoinedPosting), Is.EqualTo((ats.PostingId, false, false)));
            Assert.That(await PlacesAsync(ats.PostingId), Has.Count.EqualTo(2));
            Assert.That(db.Snapshots.Count(), Is.EqualTo(3));
            Assert.That(posting.ChangedSinceSaved, Is.False, "the board's page is compared with the board's first, not with the tracking system's");
        });
    }

    [Test]
    public async Task Another_users_posting_is_never_joined()
    {
        await using (var db = Open())
        {
            var users = new UserStore(db, TimeProvider.System);
            await users.AddAsync("alice", None);
            await users.AddAsync("bob", None);
        }

        var (alice, bob) = (await OwnerAsync("alice"), await OwnerAsync("bob"));
        var hers = await SaveAsync(AtsUrl, Page("Data Analyst", "Acme", "Leeds"), Monday, alice);
        var his = await SaveAsync(BoardUrl, Page("Data Analyst", "Acme", "Leeds", $"""<a href="{AtsUrl}">Apply now</a>"""), Monday, bob);
        var hersAgain = await SaveAsync(BoardUrl, Page("Data Analyst", "Acme", "Leeds", $"""<a href="{AtsUrl}">Apply now</a>"""), Monday, alice);

        Assert.Multiple(() =>
        {
            Assert.That(his.IsNewPosting, Is.True);
            Assert.That(his.PostingId, Is.Not.EqualTo(hers.PostingId));
            Assert.That(hersAgain.PostingId, Is.EqualTo(hers.PostingId), "the same page joins within one user");
        });
    }

    [Test]
    public async Task A_posting_is_found_by_the_url_of_any_place_it_was_seen()
    {
        var ats = await SaveAsync(AtsUrl, Page("Data Analyst", "Acme", "Leeds"), Monday);
        await SaveAsync(BoardUrl, Page("Data Analyst", "Acme", "Leeds", $"""<a href="{AtsUrl}">Apply now</a>"""), Monday);

        await using var db = Open();
        var found = await new PostingQueries(db).FindByUrlAsync("https://www.linkedin.com/jobs/search/?currentJobId=3912345678", None);

        Assert.That(found?.Id, Is.EqualTo(ats.PostingId));
    }

    [Test]
    public async Task The_reanalysis_fills_in_what_a_sighting_saved_before_is_matched_by()
    {
        var saved = await SaveAsync(BoardUrl, Page("Data Analyst", "Acme", "Leeds", $"""<a href="{AtsUrl}">Apply now</a>"""), Monday);
        await using (var db = Open())
        {
            // As the upgrade leaves it: the key only, and the analysis marked stale.
            await db.Sightings.ExecuteUpdateAsync(s => s.SetProperty(x => x.AtsKey, "").SetProperty(x => x.FieldsKey, ""));
            await db.Analyses.ExecuteUpdateAsync(a => a.SetProperty(x => x.AnalyzerVersion, "before-sightings"));
            await new Analyses.Reanalysis(db, TimeProvider.System).RunBatchAsync((html, url, token) => Task.FromResult(Analyzer.AnalyzeHtml(html, url, token)), 10, None);
        }

        var joined = await SaveAsync(CompanyUrl, Page("Data Analyst", "Acme", "Leeds"), Monday.AddDays(1));
        await using var check = Open();
        var sighting = await check.Sightings.SingleAsync(s => s.SnapshotId == saved.SnapshotId);
        Assert.Multiple(() =>
        {
            Assert.That(sighting.AtsKey, Is.EqualTo("greenhouse:5071418007"));
            Assert.That(sighting.FieldsKey, Is.EqualTo(PostingFieldsKey.For("Data Analyst", "Acme", "Leeds")));
            Assert.That(joined.PostingId, Is.EqualTo(saved.PostingId));
        });
    }

    private async Task<Owner> OwnerAsync(string name)
    {
        await using var db = Open();
        return Owner.Of((await new UserStore(db, TimeProvider.System).FindAsync(name, None))!.Id, name);
    }
}

/// <summary>The upgrade that brings sightings gives every posting saved before its one sighting.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class SightingMigrationTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private static readonly int SightingsVersion = SchemaMigrator.All.Single(m => m.Name == "sightings").Version;

    protected override bool MigrateOnSetUp => false;

    [Test]
    public async Task Each_posting_saved_before_gets_one_sighting_where_it_was_first_captured()
    {
        SchemaMigrator.Migrate(Target, targetVersion: SightingsVersion - 1);
        await using (System.Data.Common.DbConnection connection = Target.IsSqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString)
            : new Npgsql.NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"""
                INSERT INTO postings ({Row("PostingKey")}, {Row("Url")}, {Row("FirstSavedAt")}, {Row("LastSavedAt")})
                VALUES ('linkedin:3912345678', 'https://www.linkedin.com/jobs/view/3912345678', 1700000000000, 1700000500000),
                       ('https://tracked.example/1', 'https://tracked.example/1', 1700000900000, 1700000900000);
                INSERT INTO snapshots ({Row("PostingId")}, {Row("CaptureId")}, {Row("Url")}, {Row("Source")}, {Row("CapturedAt")}, {Row("ReceivedAt")}, {Row("HtmlGzip")}, {Row("HtmlLength")})
                VALUES (1, 'c-2', 'https://www.linkedin.com/jobs/view/3912345678?trk=later', 'extension', 1700000500000, 1700000500000, {Bytes()}, 1),
                       (1, 'c-1', 'https://www.linkedin.com/jobs/search/?currentJobId=3912345678', 'extension', 1700000000000, 1700000000000, {Bytes()}, 1);
                """;
            await insert.ExecuteNonQueryAsync();
        }

        SchemaMigrator.Migrate(Target);

        await using var db = Open();
        var sightings = await db.Sightings.OrderBy(s => s.PostingId).ToListAsync();
        var firstSnapshot = await db.Snapshots.Where(s => s.CaptureId == "c-1").Select(s => s.Id).SingleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(sightings.Select(s => (s.PostingId, s.JobKey)), Is.EqualTo(new[] { (1L, "linkedin:3912345678"), (2L, "https://tracked.example/1") }));
            Assert.That(sightings[0].Url, Is.EqualTo("https://www.linkedin.com/jobs/search/?currentJobId=3912345678"));
            Assert.That(sightings[0].SnapshotId, Is.EqualTo(firstSnapshot));
            Assert.That(sightings[0].SeenAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000)));
            Assert.That((sightings[1].SnapshotId, sightings[1].Url), Is.EqualTo(((long?)null, "https://tracked.example/1")), "a posting without a snapshot is seen at its own URL");
        });
    }

    private string Row(string column) => Engine == DatabaseEngine.Sqlite ? column : $"\"{column}\"";

    private string Bytes() => Engine == DatabaseEngine.Sqlite ? "x'00'" : "'\\x00'::bytea";
}
