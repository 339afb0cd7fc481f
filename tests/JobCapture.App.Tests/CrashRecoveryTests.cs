using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using JobCapture.Storage;
using Microsoft.Data.Sqlite;

namespace JobCapture.App.Tests;

/// <summary>
/// Kills the service with SIGKILL while a client posts captures in a loop, restarts it, and checks that the database
/// is sound and every capture that was answered 2xx is there. Rounds: $JOBCAPTURE_CRASH_ROUNDS (default 20; the soak
/// script in bench/ runs more).
/// </summary>
[Category("Threats")]
public class CrashRecoveryTests
{
    private static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("JOBCAPTURE_CRASH_ROUNDS"), out var rounds) ? rounds : 20;

    [Test]
    public async Task Every_acknowledged_capture_survives_a_hard_kill_and_the_database_stays_sound()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("jobcapture-crash-").FullName;
        var acknowledged = new ConcurrentBag<string>();
        var random = new Random(20261121);
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                using var service = await ServiceProcess.StartAsync(dataDirectory, ServiceProcess.FreePortPair());
                using var client = Client(service.BaseAddress, dataDirectory);
                using var stop = new CancellationTokenSource();
                var before = acknowledged.Count;
                var writers = Enumerable.Range(0, 2).Select(w => PostUntilStoppedAsync(client, $"r{round}w{w}", acknowledged, stop.Token)).ToList();
                await WaitForFirstAcknowledgementAsync(acknowledged, before);
                Assert.That(acknowledged, Has.Count.GreaterThan(before), $"round {round}: no capture was acknowledged before the kill, so the round tests nothing");
                await Task.Delay(random.Next(0, 400));
                service.KillHard();
                await stop.CancelAsync();
                await Task.WhenAll(writers);

                var (integrity, stored) = ReadBack(dataDirectory);
                Assert.That(integrity, Is.EqualTo("ok"), $"round {round}");
                Assert.That(acknowledged.Except(stored), Is.Empty, $"round {round}: acknowledged captures are missing");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>A new process answers its first capture slowly (JIT, first analysis; much longer on a busy machine);
    /// kill it mid-stream, not before. A round that sees no acknowledgement by the deadline fails.</summary>
    private static async Task WaitForFirstAcknowledgementAsync(ConcurrentBag<string> acknowledged, int before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (acknowledged.Count == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    private static HttpClient Client(Uri baseAddress, string dataDirectory)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(Path.Combine(dataDirectory, "pairing-token")).Trim());
        return client;
    }

    private static async Task PostUntilStoppedAsync(HttpClient client, string prefix, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var captureId = $"{prefix}-{i}";
            try
            {
                using var response = await client.PostAsJsonAsync("/api/captures", Captures.Request("<h1>Stacker</h1><p>No phone calls, please.</p>", captureId: captureId), CancellationToken.None);
                if (response.IsSuccessStatusCode)
                {
                    acknowledged.Add(captureId);
                }
            }
            catch (HttpRequestException)
            {
                return;
            }
            catch (TaskCanceledException)
            {
                return;
            }
        }
    }

    private static (string Integrity, HashSet<string> Stored) ReadBack(string dataDirectory)
    {
        // A fresh, unpooled connection, as a restarted service would open: a pooled one from the previous round
        // would have lived through another process's writes.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, StorageSetup.DatabaseFileName), Pooling = false };
        using var connection = new SqliteConnection(connectionString.ToString());
        connection.Open();
        var integrity = DatabaseBackup.IntegrityCheck(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CaptureId FROM snapshots;";
        var stored = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            stored.Add(reader.GetString(0));
        }

        return (integrity, stored);
    }
}
