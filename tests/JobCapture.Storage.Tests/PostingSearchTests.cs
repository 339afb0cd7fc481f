using JobCapture.Core;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Postings;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tests;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class PostingSearchTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private async Task SaveAsync(string key, string html)
    {
        await using var db = Open();
        var capture = new NewCapture(Guid.NewGuid().ToString("N"), key, key, "", "cli", Now, html, null, null);
        await new CaptureStore(db).SaveAsync(capture, PostingAnalyzer.CreateDefault().AnalyzeHtml(html, key), Now, CancellationToken.None);
    }

    private async Task<List<string>> SearchAsync(string query)
    {
        await using var db = Open();
        var found = await new PostingQueries(db).ListAsync(new PostingFilter(Search: query), CancellationToken.None);
        return found.Items.Select(p => p.PostingKey).ToList();
    }

    /// <summary>SQLite: the file's integrity check, FTS shadow tables included, on a connection of its own.
    /// PostgreSQL: one index entry per posting, each a posting's.</summary>
    private async Task AssertIndexIsSoundAsync()
    {
        if (Engine == DatabaseEngine.Sqlite)
        {
            using var fresh = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
            fresh.Open();
            Assert.That(DatabaseBackup.IntegrityCheck(fresh), Is.EqualTo("ok"));
            return;
        }

        await using var db = Open();
        var indexed = await db.Database.SqlQuery<long>($"""SELECT "PostingId" AS "Value" FROM posting_search ORDER BY 1""").ToListAsync();
        Assert.That(indexed, Is.EqualTo(db.Postings.OrderBy(p => p.Id).Select(p => p.Id).ToList()));
    }

    [SetUp]
    public async Task SaveTwoPostings()
    {
        await SaveAsync("https://jobs.example/barista", "<h1>Barista</h1><p>Pull espresso shots at our Café in München.</p>");
        await SaveAsync("https://jobs.example/forklift", "<h1>Forklift driver</h1><p>Move pallets in the cold store.</p>");
    }

    [Test]
    public async Task A_word_from_the_description_finds_the_posting()
    {
        Assert.That(await SearchAsync("pallets"), Is.EqualTo(new[] { "https://jobs.example/forklift" }));
    }

    [Test]
    public async Task Words_are_prefixes_and_accents_do_not_matter()
    {
        Assert.That(await SearchAsync("espres cafe munchen"), Is.EqualTo(new[] { "https://jobs.example/barista" }));
    }

    [Test]
    public async Task Re_indexing_a_posting_keeps_the_index_sound()
    {
        await SaveAsync("https://jobs.example/forklift", "<h1>Forklift driver</h1><p>Now with night shifts.</p>");

        await AssertIndexIsSoundAsync();
        Assert.That(await SearchAsync("night"), Is.EqualTo(new[] { "https://jobs.example/forklift" }));
    }

    [Test]
    public async Task Writers_on_separate_connections_keep_the_index_sound()
    {
        // The service and the capture command write the same file from two processes, each with its own connections.
        await using (var service = Open())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.OpenConnectionAsync(service.Database);
            await SaveAsync("https://jobs.example/cook", "<h1>Cook</h1><p>Grill station.</p>");
            var capture = new NewCapture("other", "https://jobs.example/porter", "https://jobs.example/porter", "", "cli", Now, "<h1>Porter</h1><p>Night desk.</p>", null, null);
            await new CaptureStore(service).SaveAsync(capture, PostingAnalyzer.CreateDefault().AnalyzeHtml(capture.Html), Now, CancellationToken.None);
        }

        await SaveAsync("https://jobs.example/cook", "<h1>Cook</h1><p>Grill and pastry.</p>");

        await AssertIndexIsSoundAsync();
        Assert.That(await SearchAsync("pastry"), Is.EqualTo(new[] { "https://jobs.example/cook" }));
        Assert.That(await SearchAsync("desk"), Is.EqualTo(new[] { "https://jobs.example/porter" }));
    }

    [TestCase("\"espresso", "https://jobs.example/barista")]
    [TestCase("forklift) (", "https://jobs.example/forklift")]
    [TestCase("pallet*", "https://jobs.example/forklift")]
    [TestCase("barista OR forklift", null, Description = "OR is a word no posting has, not an operator that finds both")]
    [TestCase("title:barista", null, Description = "'title' is a word, not a column filter that finds the barista")]
    [TestCase("*", null)]
    public async Task Search_syntax_typed_into_the_box_is_read_as_words_not_as_a_query_language(string query, string? found)
    {
        Assert.That(await SearchAsync(query), Is.EqualTo(found is null ? Array.Empty<string>() : new[] { found }));
    }
}
