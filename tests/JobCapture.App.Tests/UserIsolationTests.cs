using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using JobCapture.App.Hosting;
using JobCapture.Storage;
using JobCapture.Storage.Users;
using JobCapture.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobCapture.App.Tests;

/// <summary>
/// A shared server with two users, over real HTTP, on each engine: alice's posting answers 404 to bob by id and never
/// shows in his list, search, lookup, export, stats or calendar feed. Each route is asked for alice too, which shows the
/// posting is there to be leaked.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class UserIsolationTests(DatabaseEngine engine) : ServiceFixture
{
    private const string Page = """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@type":"JobPosting","title":"Night Baker","hiringOrganization":{"name":"Crumb"},"validThrough":"2031-01-31"}
        </script></head><body><h1>Night Baker</h1><p>Bake sourdough from 2 am.</p><p>No phone calls, please.</p></body></html>
        """;

    private const string Url = "https://jobs.example/postings/night-baker";

    // Made in Configure, which the base fixture's one-time set-up calls; dropped in the one-time tear-down below.
#pragma warning disable NUnit1032
    private TestDatabase? _database;
#pragma warning restore NUnit1032
    private HttpClient _alice = null!;
    private HttpClient _bob = null!;
    private long _alicePosting;

    protected override ServiceOptions Configure(ServiceOptions options)
    {
        if (engine == DatabaseEngine.Sqlite)
        {
            return options;
        }

        _database = TestDatabase.Create(engine);
        return options with { Database = _database.Target.ConnectionString };
    }

    [OneTimeSetUp]
    public async Task AddAliceAndBobAndAliceSavesAPosting()
    {
        _alice = await UserClientAsync("alice");
        _bob = await UserClientAsync("bob");
        using var saved = await _alice.PostAsJsonAsync("/api/captures", Captures.Request(Page, Url));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        _alicePosting = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    [OneTimeTearDown]
    public void DropDatabase()
    {
        _alice.Dispose();
        _bob.Dispose();
        _database?.Dispose();
    }

    private async Task<HttpClient> UserClientAsync(string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<UserStore>().AddAsync(name, CancellationToken.None);
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> CalendarKeyAsync(string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserStore>().FindAsync(name, CancellationToken.None))!.CalendarKey;
    }

    private static async Task<List<long>> IdsAsync(HttpClient client, string path)
    {
        var list = await client.GetFromJsonAsync<JsonElement>(path);
        return list.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).ToList();
    }

    [Test]
    public async Task Alices_posting_answers_404_to_bob_by_id()
    {
        using var bobs = await _bob.GetAsync($"/api/postings/{_alicePosting}/analysis");
        using var hers = await _alice.GetAsync($"/api/postings/{_alicePosting}/analysis");

        Assert.That(bobs.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(hers.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>The extension checks the responder before it sends a user's token: hello proves it knows the token
    /// the account names, keyed by the token hash the server keeps; another user's account gets another proof.</summary>
    [Test]
    [Category("Threats")]
    public async Task Hello_for_a_users_account_proves_the_server_knows_that_users_token()
    {
        var (aliceToken, bobToken) = (_alice.DefaultRequestHeaders.Authorization!.Parameter!, _bob.DefaultRequestHeaders.Authorization!.Parameter!);
        var nonce = Guid.NewGuid().ToString("N");

        var forAlice = await HelloProofAsync(nonce, Secrets.Account(aliceToken));
        var forBob = await HelloProofAsync(nonce, Secrets.Account(bobToken));
        var forNoOne = await HelloProofAsync(nonce, Secrets.Account(Secrets.New()));

        Assert.That(forAlice, Is.EqualTo(Secrets.Prove(Secrets.Hash(aliceToken), nonce)));
        Assert.That(forBob, Is.EqualTo(Secrets.Prove(Secrets.Hash(bobToken), nonce)).And.Not.EqualTo(forAlice));
        Assert.That(forNoOne, Is.Not.EqualTo(forAlice).And.Not.EqualTo(forBob));
    }

    private async Task<string?> HelloProofAsync(string nonce, string account) =>
        (await Anonymous.GetFromJsonAsync<JsonElement>($"/api/hello?nonce={nonce}&account={account}")).GetProperty("proof").GetString();

    [TestCase("/api/postings")]
    [TestCase("/api/postings?q=sourdough")]
    [TestCase("/api/postings?q=baker&sort=Title")]
    public async Task Alices_posting_is_never_in_bobs_list_or_search(string path)
    {
        Assert.That(await IdsAsync(_bob, path), Does.Not.Contain(_alicePosting));
        Assert.That(await IdsAsync(_alice, path), Does.Contain(_alicePosting));
    }

    [Test]
    public async Task Bobs_lookup_of_alices_url_says_not_saved()
    {
        var bobs = await _bob.GetFromJsonAsync<JsonElement>($"/api/postings/lookup?url={Uri.EscapeDataString(Url)}");
        var hers = await _alice.GetFromJsonAsync<JsonElement>($"/api/postings/lookup?url={Uri.EscapeDataString(Url)}");

        Assert.That(bobs.GetProperty("saved").GetBoolean(), Is.False);
        Assert.That(hers.GetProperty("postingId").GetInt64(), Is.EqualTo(_alicePosting));
    }

    [Test]
    public async Task Bobs_export_has_none_of_alices_postings()
    {
        Assert.That(await IdsAsync(_bob, "/export/postings.json"), Is.Empty);
        Assert.That(await IdsAsync(_alice, "/export/postings.json"), Is.EqualTo(new[] { _alicePosting }));
        var bobsCsv = await _bob.GetStringAsync("/export/postings.csv");
        Assert.That(bobsCsv, Does.Not.Contain("Night Baker"));
        Assert.That(await _alice.GetStringAsync("/export/postings.csv"), Does.Contain("Night Baker"));
    }

    [Test]
    public async Task Bobs_calendar_feed_has_none_of_alices_dates()
    {
        var bobs = await Anonymous.GetStringAsync($"/calendar/{await CalendarKeyAsync("bob")}.ics");
        var hers = await Anonymous.GetStringAsync($"/calendar/{await CalendarKeyAsync("alice")}.ics");

        Assert.That(bobs, Does.Not.Contain($"deadline-{_alicePosting}@"));
        Assert.That(hers, Does.Contain($"deadline-{_alicePosting}@"));
    }

    [Test]
    public async Task Bobs_stats_count_none_of_alices_postings()
    {
        var bobs = await _bob.GetFromJsonAsync<JsonElement>("/api/stats");
        var hers = await _alice.GetFromJsonAsync<JsonElement>("/api/stats");

        Assert.That(bobs.GetProperty("funnel").GetProperty("saved").GetInt32(), Is.Zero);
        Assert.That(hers.GetProperty("funnel").GetProperty("saved").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Another_user_saving_the_same_page_gets_a_posting_of_their_own()
    {
        using var dave = await UserClientAsync("dave");
        using var saved = await dave.PostAsJsonAsync("/api/captures", Captures.Request(Page, Url));
        var davesPosting = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(davesPosting, Is.Not.EqualTo(_alicePosting));
        Assert.That(await IdsAsync(_alice, "/api/postings"), Does.Not.Contain(davesPosting));
    }

    [Test]
    public async Task A_rotated_token_is_refused_and_the_new_one_accepted()
    {
        using var carol = await UserClientAsync("carol");
        using (var before = await carol.GetAsync("/api/postings"))
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await using var scope = App.Services.CreateAsyncScope();
        var rotated = await scope.ServiceProvider.GetRequiredService<UserStore>().RotateTokenAsync("carol", CancellationToken.None);
        using var after = await carol.GetAsync("/api/postings");
        carol.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", rotated);
        using var renewed = await carol.GetAsync("/api/postings");

        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(renewed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_machines_own_token_keeps_its_own_postings_apart_from_the_users()
    {
        Assert.That(await IdsAsync(Client, "/api/postings"), Does.Not.Contain(_alicePosting));
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JobCaptureDb>();
        Assert.That(await db.Postings.IgnoreQueryFilters().AnyAsync(p => p.Id == _alicePosting), Is.True);
    }
}
