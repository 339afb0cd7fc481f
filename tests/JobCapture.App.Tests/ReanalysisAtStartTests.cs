using System.Net.Http.Headers;
using System.Net.Http.Json;
using JobCapture.App.Hosting;
using JobCapture.App.Security;
using JobCapture.Core;
using JobCapture.Storage;
using JobCapture.Storage.Analyses;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace JobCapture.App.Tests;

public class ReanalysisAtStartTests
{
    private string _dataDirectory = null!;
    private string _database = null!;

    [SetUp]
    public void CreateDataDirectory()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("jobcapture-reanalysis-").FullName;
        _database = StorageSetup.ConnectionString(Path.Combine(_dataDirectory, StorageSetup.DatabaseFileName));
    }

    [TearDown]
    public void DeleteDataDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Test]
    public async Task Analyses_made_by_an_older_analyzer_are_redone_at_start_and_the_users_status_is_kept()
    {
        await SaveCapturesAsync(_dataDirectory, count: 1);
        Execute(_database, "UPDATE analyses SET AnalyzerVersion = '0.0.1-old'; UPDATE postings SET PhoneVerdict = 'stale', Status = 'applied', AppliedOn = '2026-11-20';");

        await using var second = await ServiceHost.StartAsync(new ServiceOptions { Port = 0, DataDirectory = _dataDirectory, ConsoleLogging = false });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Scalar(_database, "SELECT COUNT(*) FROM analyses WHERE AnalyzerVersion <> $v", AnalyzerVersion.Current) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(_database, "SELECT COUNT(*) FROM analyses WHERE AnalyzerVersion = $v", AnalyzerVersion.Current), Is.EqualTo(1));
            Assert.That(Scalar(_database, "SELECT COUNT(*) FROM postings WHERE PhoneVerdict = 'forbidden' AND Status = 'applied' AND AppliedOn = $v", "2026-11-20"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_snapshot_that_cannot_be_read_is_logged_marked_and_skipped_and_the_service_keeps_running()
    {
        await SaveCapturesAsync(_dataDirectory, count: 2);
        Execute(_database, "UPDATE analyses SET AnalyzerVersion = '0.0.1-old'; UPDATE snapshots SET HtmlGzip = x'00010203' WHERE Id = (SELECT MIN(Id) FROM snapshots);");

        await using var second = await ServiceHost.StartAsync(new ServiceOptions { Port = 0, DataDirectory = _dataDirectory, ConsoleLogging = false });
        var log = await ServiceLogs.WaitForAsync(_dataDirectory, "Re-analysed 1 snapshots");
        using var anonymous = new HttpClient { BaseAddress = second.BaseAddress() };
        using var health = await anonymous.GetAsync("/api/health");

        Assert.Multiple(() =>
        {
            Assert.That(log, Does.Contain("could not be re-analysed"));
            Assert.That(log, Does.Contain("skipped 1"));
            Assert.That(Scalar(_database, "SELECT COUNT(*) FROM analyses WHERE AnalyzerVersion = $v", Reanalysis.FailedVersion), Is.EqualTo(1));
            Assert.That(Scalar(_database, "SELECT COUNT(*) FROM analyses WHERE AnalyzerVersion = $v", AnalyzerVersion.Current), Is.EqualTo(1));
            Assert.That(health.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        });
    }

    /// <summary>Starts a service on the folder, saves <paramref name="count"/> captures through its API, stops it.</summary>
    private static async Task SaveCapturesAsync(string dataDirectory, int count)
    {
        await using var service = await ServiceHost.StartAsync(new ServiceOptions { Port = 0, DataDirectory = dataDirectory, ConsoleLogging = false });
        using var client = new HttpClient { BaseAddress = service.BaseAddress() };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", service.Services.GetRequiredService<PairingToken>().Value);
        for (var i = 0; i < count; i++)
        {
            using var saved = await client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
            saved.EnsureSuccessStatusCode();
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string connectionString, string sql, string value)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        return (long)command.ExecuteScalar()!;
    }
}
