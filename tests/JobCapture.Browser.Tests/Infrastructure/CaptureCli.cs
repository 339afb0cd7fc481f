using JobCapture.Storage;
using Microsoft.Data.Sqlite;

namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>The real <c>jobcapture capture</c> executable run against a data folder of its own, and what it stored
/// there read straight from SQLite.</summary>
internal sealed class CaptureCli : IDisposable
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("jobcapture-cli-").FullName;

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var result = await ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "jobcapture.dll"), .. arguments]);
        return (result.ExitCode, result.Output + result.Error);
    }

    /// <summary>Runs capture with this folder and the test Chromium (unless the arguments name another browser).</summary>
    public Task<(int ExitCode, string Output)> CaptureAsync(params string[] arguments) =>
        RunAsync(["capture", .. arguments, "--data-dir", DataDirectory, .. arguments.Contains("--connect") ? Array.Empty<string>() : ["--browser", Chromium.RequirePath()]]);

    /// <summary>Every stored snapshot's URL with its analysis JSON.</summary>
    public List<(string Url, string Analysis)> StoredAnalyses() =>
        Query("SELECT s.Url, a.Json FROM snapshots s JOIN analyses a ON a.SnapshotId = s.Id", r => (r.GetString(0), r.GetString(1)));

    public List<string> StoredSources() => Query("SELECT Source FROM snapshots", r => r.GetString(0));

    public int PostingCount() => File.Exists(DatabasePath) ? Query("SELECT COUNT(*) FROM postings", r => r.GetInt32(0))[0] : 0;

    private string DatabasePath => Path.Combine(DataDirectory, StorageSetup.DatabaseFileName);

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection(StorageSetup.ConnectionString(DatabasePath));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
