using Microsoft.Data.Sqlite;
using Npgsql;

namespace JobCapture.Storage;

public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}

/// <summary>Which database JobCapture keeps its data in: the local SQLite file (the default), or a PostgreSQL server
/// named by a connection string (<c>Host=…;Database=…;Username=…;Password=…</c>).</summary>
public sealed record DatabaseTarget(DatabaseEngine Engine, string ConnectionString)
{
    public const string EnvironmentVariable = "JOBCAPTURE_DATABASE";

    public static DatabaseTarget SqliteFile(string path) =>
        new(DatabaseEngine.Sqlite, new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString());

    public static DatabaseTarget Postgres(string connectionString) =>
        new(DatabaseEngine.Postgres, new NpgsqlConnectionStringBuilder(connectionString).ConnectionString);

    /// <summary>The server named by <paramref name="connectionString"/> (else by JOBCAPTURE_DATABASE), or the SQLite file
    /// in <paramref name="dataDirectory"/> when neither names one.</summary>
    public static DatabaseTarget Choose(string? connectionString, string dataDirectory)
    {
        var chosen = string.IsNullOrWhiteSpace(connectionString) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : connectionString;
        return string.IsNullOrWhiteSpace(chosen) ? SqliteFile(Path.Combine(dataDirectory, StorageSetup.DatabaseFileName)) : Postgres(chosen);
    }

    public bool IsSqlite => Engine == DatabaseEngine.Sqlite;

    /// <summary>Where the data is, without the password: for messages and logs.</summary>
    public string Description => Engine == DatabaseEngine.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : new NpgsqlConnectionStringBuilder(ConnectionString) is var server ? $"PostgreSQL {server.Host}:{server.Port}/{server.Database}" : "";

    public override string ToString() => Description;
}
