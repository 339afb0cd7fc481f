using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using JobCapture.App.Hosting;
using JobCapture.App.Security;
using JobCapture.Core;
using JobCapture.Storage;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Migrations;
using JobCapture.Storage.Users;
using Npgsql;

namespace JobCapture.ServerLoad;

/// <summary>One engine's run: seed the users' postings, start the service on it, and let the clients loose.</summary>
internal static class LoadRun
{
    private static readonly string[] SearchWords = ["baker", "warehouse", "pflege", "sales", "team", "walk"];

    public static async Task<LoadResult> RunAsync(Engine engine, LoadSettings settings)
    {
        var folder = Directory.CreateTempSubdirectory("jobcapture-load-").FullName;
        var database = engine.PostgresServer is { } server ? CreateDatabase(server) : DatabaseTarget.SqliteFile(Path.Combine(folder, StorageSetup.DatabaseFileName));
        try
        {
            var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds", "demo"), "*.html").Select(File.ReadAllText).ToArray();
            var seeding = Stopwatch.StartNew();
            var tokens = await SeedAsync(database, pages, settings);
            seeding.Stop();
            await using var app = await ServiceHost.StartAsync(new ServiceOptions
            {
                Port = 0,
                DataDirectory = folder,
                Database = database.IsSqlite ? null : database.ConnectionString,
                ConsoleLogging = false,
                // The limits guard one person's machine from a runaway page; here the clients are the load to measure.
                CaptureLimits = new CaptureLimitOptions(Concurrent: 4, Queued: 256, Burst: 1_000_000, PerMinute: 1_000_000),
            });
            var result = await DriveAsync(app.BaseAddress(), tokens, pages, settings);
            return result with { SeedSeconds = seeding.Elapsed.TotalSeconds };
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (engine.PostgresServer is { } postgres)
            {
                NpgsqlConnection.ClearAllPools();
                Execute(postgres, $"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(database.ConnectionString).Database} WITH (FORCE)");
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Each user's postings saved through the capture store (the pages analysed once), as that user.</summary>
    private static async Task<List<string>> SeedAsync(DatabaseTarget database, string[] pages, LoadSettings settings)
    {
        SchemaMigrator.Migrate(database);
        var analyzer = PostingAnalyzer.CreateDefault();
        var analyses = pages.Select(page => analyzer.AnalyzeHtml(page)).ToArray();
        var tokens = new List<string>();
        for (var u = 0; u < settings.Users; u++)
        {
            await using var admin = StorageSetup.Open(database);
            var users = new UserStore(admin, TimeProvider.System);
            tokens.Add((await users.AddAsync($"user{u}", CancellationToken.None))!);
            var user = (await users.FindAsync($"user{u}", CancellationToken.None))!;
            await using var db = StorageSetup.Open(database, Owner.Of(user.Id, user.Name));
            var store = new CaptureStore(db);
            for (var i = 0; i < settings.Postings; i++)
            {
                var url = $"https://jobs.example/seed/{i}";
                var capture = new NewCapture($"seed-{u}-{i}", url, url, "", "cli", DateTimeOffset.UtcNow, pages[i % pages.Length], null, null);
                await store.SaveAsync(capture, analyses[i % pages.Length], DateTimeOffset.UtcNow, CancellationToken.None);
                db.ChangeTracker.Clear();
            }
        }

        return tokens;
    }

    private static async Task<LoadResult> DriveAsync(Uri address, List<string> tokens, string[] pages, LoadSettings settings)
    {
        var clients = Enumerable.Range(0, settings.Clients).Select(i => Client(address, tokens[i % tokens.Count])).ToList();
        var ids = await Task.WhenAll(clients.Select(async client =>
            (await client.GetFromJsonAsync<JsonElement>("/api/postings?pageSize=200")).EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).ToArray()));
        var warmUpEnds = DateTime.UtcNow.AddSeconds(settings.WarmUpSeconds);
        var ends = warmUpEnds.AddSeconds(settings.Seconds);
        var samples = await Task.WhenAll(clients.Select((client, i) => ClientLoopAsync(client, ids[i], pages, settings.CaptureShare, warmUpEnds, ends, i)));
        clients.ForEach(c => c.Dispose());
        var all = samples.SelectMany(s => s).ToList();
        var captures = all.Where(s => s.IsCapture).ToList();
        var reads = all.Where(s => !s.IsCapture).ToList();
        return new LoadResult(
            0,
            captures.Count(s => s.Ok) / (double)settings.Seconds,
            reads.Count(s => s.Ok) / (double)settings.Seconds,
            Latency.Of(captures),
            Latency.Of(reads),
            all.Count(s => !s.Ok));
    }

    private static async Task<List<Sample>> ClientLoopAsync(
        HttpClient client, long[] ids, string[] pages, double captureShare, DateTime warmUpEnds, DateTime ends, int seed)
    {
        var random = new Random(seed);
        var samples = new List<Sample>();
        var n = 0;
        while (DateTime.UtcNow < ends)
        {
            var isCapture = random.NextDouble() < captureShare;
            var watch = Stopwatch.StartNew();
            using var response = isCapture
                ? await client.PostAsJsonAsync("/api/captures", new
                {
                    url = $"https://jobs.example/load/{seed}/{n++}/{Guid.NewGuid():N}",
                    title = "A posting",
                    html = pages[random.Next(pages.Length)],
                    capturedAt = DateTimeOffset.UtcNow,
                    source = "extension",
                    captureId = Guid.NewGuid().ToString("N"),
                })
                : await client.GetAsync(random.Next(3) switch
                {
                    0 => "/api/postings?pageSize=50",
                    1 => $"/api/postings?q={SearchWords[random.Next(SearchWords.Length)]}&pageSize=50",
                    _ => $"/api/postings/{ids[random.Next(ids.Length)]}/analysis",
                });
            await response.Content.LoadIntoBufferAsync();
            if (DateTime.UtcNow >= warmUpEnds)
            {
                samples.Add(new Sample(isCapture, watch.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode));
            }
        }

        return samples;
    }

    private static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static DatabaseTarget CreateDatabase(string server)
    {
        var name = $"jobcapture_load_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE {name}");
        return DatabaseTarget.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

internal sealed record Sample(bool IsCapture, double Milliseconds, bool Ok);

internal sealed record Latency(double P50, double P95)
{
    public static Latency Of(List<Sample> samples)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        return sorted.Length == 0 ? new Latency(0, 0) : new Latency(sorted[(int)(sorted.Length * 0.50)], sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.95))]);
    }
}

internal sealed record LoadResult(double SeedSeconds, double CapturesPerSecond, double ReadsPerSecond, Latency Capture, Latency Read, int Errors);
