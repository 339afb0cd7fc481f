using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace JobCapture.Storage.Migrations;

/// <summary>
/// Brings a database file to the newest schema by running the embedded <c>NNNN_name.sql</c> scripts it has not run
/// yet, each in its own transaction, recording them in <c>schema_migrations</c>. EF's design-time tooling is not
/// available here, so migrations are plain, reviewable SQL.
/// </summary>
public static partial class SchemaMigrator
{
    public static IReadOnlyList<Migration> All { get; } = LoadEmbedded();

    public static int LatestVersion => All[^1].Version;

    /// <summary>Applies pending migrations up to <paramref name="targetVersion"/> (all by default); returns how many ran.</summary>
    public static int Migrate(string connectionString, int? targetVersion = null)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        SqlitePragmas.Apply(connection);
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (Version INTEGER PRIMARY KEY, Name TEXT NOT NULL, AppliedAt TEXT NOT NULL);");
        var current = CurrentVersion(connection);
        var pending = All.Where(m => m.Version > current && m.Version <= (targetVersion ?? int.MaxValue)).ToList();
        foreach (var migration in pending)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (Version, Name, AppliedAt) VALUES ($v, $n, $t);";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
            transaction.Commit();
        }

        return pending.Count;
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(Version), 0) FROM schema_migrations;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Select(name => (name, match: ScriptName().Match(name)))
            .Where(r => r.match.Success)
            .Select(r => new Migration(
                int.Parse(r.match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
                r.match.Groups["name"].Value,
                Read(assembly, r.name)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}

public sealed record Migration(int Version, string Name, string Sql);
