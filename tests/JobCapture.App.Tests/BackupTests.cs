using System.Net.Http.Json;
using JobCapture.Storage;
using Microsoft.Data.Sqlite;

namespace JobCapture.App.Tests;

/// <summary><c>jobcapture backup</c> while the service runs, and <c>restore</c> into another data directory.</summary>
[Category("Threats")]
public class BackupTests : ServiceFixture
{
    [Test]
    public async Task A_backup_taken_while_the_service_runs_restores_every_posting()
    {
        for (var i = 0; i < 5; i++)
        {
            using var saved = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
            saved.EnsureSuccessStatusCode();
        }

        var backupFile = Path.Combine(Path.GetTempPath(), $"jobcapture-backup-{Guid.NewGuid():N}.db");
        var restoredDirectory = Directory.CreateTempSubdirectory("jobcapture-restored-").FullName;
        try
        {
            var backup = await CommandLine.RunAsync("", "backup", backupFile, "--data-dir", DataDirectory);
            var restore = await CommandLine.RunAsync("", "restore", backupFile, "--data-dir", restoredDirectory);

            Assert.That(backup.ExitCode, Is.Zero, backup.Error);
            Assert.That(restore.ExitCode, Is.Zero, restore.Error);
            Assert.That(IsOwnerOnly(backupFile), Is.True, "the backup holds every saved page");
            Assert.That(CountPostings(restoredDirectory), Is.EqualTo(await Captures.CountPostingsAsync(Client)).And.GreaterThanOrEqualTo(5));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(backupFile);
            Directory.Delete(restoredDirectory, recursive: true);
        }
    }

    [Test]
    public async Task Restoring_a_file_that_is_not_a_jobcapture_database_changes_nothing()
    {
        var notADatabase = Path.Combine(Path.GetTempPath(), $"not-a-db-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(notADatabase, "hello");
        var before = await Captures.CountPostingsAsync(Client);
        try
        {
            var restore = await CommandLine.RunAsync("", "restore", notADatabase, "--data-dir", DataDirectory);

            Assert.That(restore.ExitCode, Is.Not.Zero);
            Assert.That(await Captures.CountPostingsAsync(Client), Is.EqualTo(before));
        }
        finally
        {
            File.Delete(notADatabase);
        }
    }

    /// <summary>Mode 0600 (Windows has no such mode: files there inherit the folder's access list).</summary>
    private static bool IsOwnerOnly(string path) =>
        OperatingSystem.IsWindows() || File.GetUnixFileMode(path) == (UnixFileMode.UserRead | UnixFileMode.UserWrite);

    private static long CountPostings(string dataDirectory)
    {
        using var connection = new SqliteConnection(StorageSetup.ConnectionString(Path.Combine(dataDirectory, StorageSetup.DatabaseFileName)));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM postings";
        return (long)command.ExecuteScalar()!;
    }

    [Test]
    public async Task An_export_to_a_file_is_readable_by_the_user_only()
    {
        var exportFile = Path.Combine(Path.GetTempPath(), $"jobcapture-export-{Guid.NewGuid():N}.csv");
        try
        {
            var export = await CommandLine.RunAsync("", "export", "--output", exportFile, "--data-dir", DataDirectory);

            Assert.That(export.ExitCode, Is.Zero, export.Error);
            Assert.That(IsOwnerOnly(exportFile), Is.True);
        }
        finally
        {
            File.Delete(exportFile);
        }
    }
}
