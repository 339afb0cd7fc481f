using JobCapture.Storage;
using Npgsql;

namespace JobCapture.Tests;

/// <summary>
/// A fresh, empty database per test or fixture on either engine. PostgreSQL comes from the server tests/run starts
/// (its connection string in JOBCAPTURE_TEST_POSTGRES): each database made here is dropped afterwards. Without that
/// server the PostgreSQL tests are reported as ignored, and under CI=true they fail, since CI always starts one.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    public const string ServerVariable = "JOBCAPTURE_TEST_POSTGRES";

    private readonly string? _folder;

    private TestDatabase(DatabaseTarget target, string? folder)
    {
        Target = target;
        _folder = folder;
    }

    public DatabaseTarget Target { get; }

    public static TestDatabase Create(DatabaseEngine engine)
    {
        if (engine == DatabaseEngine.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("jobcapture-db-").FullName;
            return new TestDatabase(DatabaseTarget.SqliteFile(Path.Combine(folder, StorageSetup.DatabaseFileName)), folder);
        }

        var server = Server();
        var name = $"jobcapture_test_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE {name}");
        return new TestDatabase(DatabaseTarget.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString), null);
    }

    /// <summary>The test server's connection string, or the test ends here (ignored; failed under CI=true).</summary>
    public static string Server()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server)
        {
            return server;
        }

        const string message = ServerVariable + " is not set: no PostgreSQL server to test against (./tests/run starts one).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{message} CI always has one.");
        }

        Assert.Ignore(message);
        return "";
    }

    public void Dispose()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(Target.ConnectionString);
        NpgsqlConnection.ClearAllPools();
        Execute(Server(), $"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
