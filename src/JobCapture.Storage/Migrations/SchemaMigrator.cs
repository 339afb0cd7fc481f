using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace JobCapture.Storage.Migrations;

/// <summary>
/// Brings a database to the newest schema by running the embedded <c>NNNN_name.sql</c> scripts it has not run yet,
/// each in its own transaction, recording them in <c>schema_migrations</c>. EF's design-time tooling is not available
/// here, so migrations are plain, reviewable SQL. Both engines share one numbering: <c>Migrations/NNNN_name.sql</c> is
/// SQLite's, <c>Migrations/postgres/NNNN_name.sql</c> PostgreSQL's same step. A script is run when its version is not
/// yet recorded, not only when it is above the newest: steps written on parallel branches land in any order.
/// </summary>
public static partial class SchemaMigrator
{
    private const long PostgresLockKey = 0x4A6F6243617074; // "JobCapt": one migrator at a time per database

    /// <summary>SQLite's scripts.</summary>
    public static IReadOnlyList<Migration> All => For(DatabaseEngine.Sqlite);

    public static int LatestVersion => All[^1].Version;

    private static readonly Dictionary<DatabaseEngine, List<Migration>> Embedded = LoadEmbedded();

    public static IReadOnlyList<Migration> For(DatabaseEngine engine) => Embedded[engine];

    /// <summary>Applies pending SQLite migrations up to <paramref name="targetVersion"/> (all by default); returns how many ran.</summary>
    public static int Migrate(string connectionString, int? targetVersion = null) =>
        Migrate(new DatabaseTarget(DatabaseEngine.Sqlite, connectionString), targetVersion);

    public static int Migrate(DatabaseTarget target, int? targetVersion = null)
    {
        using var connection = Connect(target);
        connection.Open();
        if (target.IsSqlite)
        {
            SqlitePragmas.Apply(connection);
        }
        else
        {
            Execute(connection, null, $"SELECT pg_advisory_lock({PostgresLockKey});");
        }

        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (Version INTEGER PRIMARY KEY, Name TEXT NOT NULL, AppliedAt TEXT NOT NULL);");
        var applied = AppliedVersions(connection);
        var pending = For(target.Engine).Where(m => !applied.Contains(m.Version) && m.Version <= (targetVersion ?? int.MaxValue)).ToList();
        foreach (var migration in pending)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (Version, Name, AppliedAt) VALUES (@v, @n, @t);";
            AddParameter(record, "v", migration.Version);
            AddParameter(record, "n", migration.Name);
            AddParameter(record, "t", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
            transaction.Commit();
        }

        return pending.Count;
    }

    public static int CurrentVersion(DbConnection connection) => AppliedVersions(connection).DefaultIfEmpty(0).Max();

    internal static DbConnection Connect(DatabaseTarget target) =>
        target.IsSqlite ? new SqliteConnection(target.ConnectionString) : new NpgsqlConnection(target.ConnectionString);

    private static HashSet<int> AppliedVersions(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Version FROM schema_migrations;";
        using var reader = command.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static Dictionary<DatabaseEngine, List<Migration>> LoadEmbedded()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Select(name => (name, match: ScriptName().Match(name)))
            .Where(r => r.match.Success)
            .Select(r => (
                Engine: r.match.Groups["postgres"].Success ? DatabaseEngine.Postgres : DatabaseEngine.Sqlite,
                Migration: new Migration(
                    int.Parse(r.match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    r.match.Groups["name"].Value,
                    Read(assembly, r.name))))
            .ToList();
        return Enum.GetValues<DatabaseEngine>().ToDictionary(
            engine => engine,
            engine => scripts.Where(s => s.Engine == engine).Select(s => s.Migration).OrderBy(m => m.Version).ToList());
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\.Migrations\.(?<postgres>postgres\.)?(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}

public sealed record Migration(int Version, string Name, string Sql);
