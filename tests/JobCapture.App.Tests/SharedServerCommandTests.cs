using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using JobCapture.Core;
using JobCapture.Storage;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Migrations;
using JobCapture.Tests;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.App.Tests;

/// <summary>The shared server from the command line, as its documentation shows it: users added with
/// <c>jobcapture user</c>, <c>jobcapture serve --database</c> as a real process, and a local database brought over
/// with <c>jobcapture migrate --from-sqlite</c>.</summary>
public class SharedServerCommandTests
{
    private TestDatabase _server = null!;
    private string _dataDirectory = null!;

    [SetUp]
    public void CreateServerDatabase()
    {
        _server = TestDatabase.Create(DatabaseEngine.Postgres);
        _dataDirectory = Directory.CreateTempSubdirectory("jobcapture-server-").FullName;
    }

    [TearDown]
    public void DropServerDatabase()
    {
        _server.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private Task<CommandLine.Result> RunAsync(params string[] arguments) =>
        CommandLine.RunAsync("", [.. arguments, "--data-dir", _dataDirectory, "--database", _server.Target.ConnectionString]);

    [Test]
    public async Task Two_users_added_on_the_command_line_capture_into_a_served_postgres_and_never_see_each_other()
    {
        var alice = await RunAsync("user", "add", "alice");
        var bob = await RunAsync("user", "add", "bob");
        Assert.That(alice.Output.Trim(), Has.Length.EqualTo(Secrets.Length));
        Assert.That(bob.Output.Trim(), Is.Not.EqualTo(alice.Output.Trim()));

        using var service = await ServiceProcess.StartAsync(_dataDirectory, ServiceProcess.FreePortPair(), "--database", _server.Target.ConnectionString);
        using var asAlice = Client(service, alice.Output.Trim());
        using var asBob = Client(service, bob.Output.Trim());
        using var saved = await asAlice.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
        using var bobsSave = await asBob.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
        var posting = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
        using var bobsRead = await asBob.GetAsync($"/api/postings/{posting}/analysis");

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(bobsSave.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(bobsRead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await asAlice.GetAsync($"/api/postings/{posting}/analysis")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Captures.CountPostingsAsync(asBob), Is.EqualTo(1), "bob's own capture only");
    }

    [Test]
    public async Task User_passwd_reads_the_password_from_standard_input_and_keeps_only_its_hash()
    {
        await RunAsync("user", "add", "alice");
        const string password = "alice's long password";

        var set = await PasswdAsync(password + "\n", "alice");
        var tooShort = await PasswdAsync("short\n", "alice");
        var unknown = await PasswdAsync(password + "\n", "nobody");

        Assert.Multiple(() =>
        {
            Assert.That(set.ExitCode, Is.Zero, set.Error);
            Assert.That(set.Output, Does.Not.Contain(password));
            Assert.That(tooShort.ExitCode, Is.EqualTo(1));
            Assert.That(tooShort.Error, Does.Contain("at least"));
            Assert.That(unknown.ExitCode, Is.EqualTo(1));
        });
        await using var db = StorageSetup.Open(_server.Target);
        var users = new JobCapture.Storage.Users.UserStore(db, TimeProvider.System);
        Assert.That(await users.FindByPasswordAsync("alice", password, CancellationToken.None), Is.Not.Null);
        Assert.That(await users.FindByPasswordAsync("alice", "short", CancellationToken.None), Is.Null, "the short one was not set");
    }

    private Task<CommandLine.Result> PasswdAsync(string standardInput, string name) =>
        CommandLine.RunAsync(standardInput, "user", "passwd", name, "--data-dir", _dataDirectory, "--database", _server.Target.ConnectionString);

    [Test]
    public async Task User_list_rotate_token_and_remove_manage_the_users()
    {
        var first = (await RunAsync("user", "add", "alice")).Output.Trim();
        var again = await RunAsync("user", "add", "alice");
        var rotated = await RunAsync("user", "rotate-token", "alice");
        var listed = await RunAsync("user", "list");
        var removed = await RunAsync("user", "remove", "alice");
        var afterwards = await RunAsync("user", "list");

        Assert.Multiple(() =>
        {
            Assert.That(again.ExitCode, Is.EqualTo(1), again.Error);
            Assert.That(rotated.Output.Trim(), Has.Length.EqualTo(Secrets.Length).And.Not.EqualTo(first));
            Assert.That(listed.Output, Does.StartWith("alice\t0 postings"));
            Assert.That(removed.ExitCode, Is.Zero, removed.Error);
            Assert.That(afterwards.Output, Is.Empty);
        });
    }

    [Test]
    public async Task Migrate_from_sqlite_brings_a_local_database_over_with_the_same_counts()
    {
        var local = Path.Combine(_dataDirectory, "local.db");
        var target = DatabaseTarget.SqliteFile(local);
        SchemaMigrator.Migrate(target);
        await using (var db = StorageSetup.Open(target))
        {
            for (var i = 0; i < 4; i++)
            {
                var html = $"<h1>Porter {i}</h1><p>Night desk.</p>";
                await new CaptureStore(db).SaveAsync(
                    new NewCapture($"c{i}", $"https://jobs.example/{i}", $"https://jobs.example/{i}", "", "cli", DateTimeOffset.UtcNow, html, null, null),
                    PostingAnalyzer.CreateDefault().AnalyzeHtml(html), DateTimeOffset.UtcNow, CancellationToken.None);
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await RunAsync("user", "add", "alice");
        var migrated = await RunAsync("migrate", "--from-sqlite", local, "--user", "alice");
        var again = await RunAsync("migrate", "--from-sqlite", local, "--user", "alice");

        Assert.That(migrated.ExitCode, Is.Zero, migrated.Error);
        Assert.That(migrated.Output, Does.Contain("postings                4      4  same"));
        Assert.That(migrated.Output, Does.Contain("snapshots               4      4  same"));
        Assert.That(again.ExitCode, Is.EqualTo(1), "a second copy into the same account is refused");
        await using var server = StorageSetup.Open(_server.Target);
        Assert.That(await server.Postings.IgnoreQueryFilters().CountAsync(), Is.EqualTo(4));
    }

    private static HttpClient Client(ServiceProcess service, string token)
    {
        var client = new HttpClient { BaseAddress = service.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
