using System.Net.Http.Headers;
using System.Net.Http.Json;
using JobCapture.App.Hosting;
using JobCapture.App.Security;
using JobCapture.Core;
using JobCapture.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace JobCapture.App.Tests;

public class ReanalysisAtStartTests
{
    [Test]
    public async Task Analyses_made_by_an_older_analyzer_are_redone_at_start_and_the_users_status_is_kept()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("jobcapture-reanalysis-").FullName;
        var database = StorageSetup.ConnectionString(Path.Combine(dataDirectory, StorageSetup.DatabaseFileName));
        try
        {
            await using (var first = await ServiceHost.StartAsync(new ServiceOptions { Port = 0, DataDirectory = dataDirectory, ConsoleLogging = false }))
            {
                using var client = new HttpClient { BaseAddress = first.BaseAddress() };
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", first.Services.GetRequiredService<PairingToken>().Value);
                using var saved = await client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
                saved.EnsureSuccessStatusCode();
            }

            Execute(database, "UPDATE analyses SET AnalyzerVersion = '0.0.1-old'; UPDATE postings SET PhoneVerdict = 'stale', Status = 'applied', AppliedOn = '2026-11-20';");

            await using var second = await ServiceHost.StartAsync(new ServiceOptions { Port = 0, DataDirectory = dataDirectory, ConsoleLogging = false });
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Scalar(database, "SELECT COUNT(*) FROM analyses WHERE AnalyzerVersion <> $v", AnalyzerVersion.Current) > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Multiple(() =>
            {
                Assert.That(Scalar(database, "SELECT COUNT(*) FROM analyses WHERE AnalyzerVersion = $v", AnalyzerVersion.Current), Is.EqualTo(1));
                Assert.That(Scalar(database, "SELECT COUNT(*) FROM postings WHERE PhoneVerdict = 'forbidden' AND Status = 'applied' AND AppliedOn = $v", "2026-11-20"), Is.EqualTo(1));
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
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
