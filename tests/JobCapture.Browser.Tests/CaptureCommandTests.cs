using JobCapture.Browser.Tests.Infrastructure;
using JobCapture.Storage;
using Microsoft.Data.Sqlite;

namespace JobCapture.Browser.Tests;

/// <summary><c>jobcapture capture URL</c>: the real executable renders the page in Chromium through Playwright and
/// stores it through the same pipeline as the extension.</summary>
[TestFixture]
public sealed class CaptureCommandTests
{
    [Test]
    public async Task Capturing_a_url_prints_the_posting_and_its_phone_verdict_and_stores_it()
    {
        var browser = Chromium.RequirePath();
        await using var site = await LoopbackSite.StartJobSiteAsync();
        var dataDirectory = Directory.CreateTempSubdirectory("jobcapture-cli-").FullName;
        try
        {
            var (exitCode, output) = await RunAsync("capture", site.JobUrl("no-phone-calls-posting").ToString(), "--browser", browser, "--data-dir", dataDirectory);

            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("Backend Engineer (Payments) · Lindqvist Freight Tools (new posting")
                .And.Contain("Phone: don't call — 'No phone calls, please.'"));
            Assert.That(StoredSources(dataDirectory), Is.EqualTo(new[] { "cli" }));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Test]
    public async Task A_missing_browser_is_a_clear_error()
    {
        var (exitCode, output) = await RunAsync("capture", "http://127.0.0.1:9/none", "--browser", "/no/such/chromium");

        Assert.That(exitCode, Is.EqualTo(3));
        Assert.That(output, Does.Contain("no browser at /no/such/chromium"));
    }

    private static string[] StoredSources(string dataDirectory)
    {
        using var connection = new SqliteConnection(StorageSetup.ConnectionString(Path.Combine(dataDirectory, StorageSetup.DatabaseFileName)));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Source FROM snapshots";
        using var reader = command.ExecuteReader();
        var sources = new List<string>();
        while (reader.Read())
        {
            sources.Add(reader.GetString(0));
        }

        return [.. sources];
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var result = await ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "jobcapture.dll"), .. arguments]);
        return (result.ExitCode, result.Output + result.Error);
    }
}
