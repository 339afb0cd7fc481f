using JobCapture.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JobCapture.Storage.Tests;

/// <summary>The SQL migrations make the schema and EF's configurations describe it: both must say the same, on
/// each engine with its own scripts.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class SchemaDriftTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    /// <summary>Tables EF does not map: the migrations' own ledger and the full-text index (with its shadow tables).</summary>
    private static readonly string[] Unmapped = ["schema_migrations", "posting_search"];

    [Test]
    public void The_schema_the_migrations_build_is_the_one_the_ef_model_describes()
    {
        var fromMigrations = Engine == DatabaseEngine.Sqlite ? DescribeMigratedDatabase() : DescribeMigratedPostgres();
        using var db = Open();
        var fromModel = DescribeModel(db.GetService<IDesignTimeModel>().Model);

        Assert.Multiple(() =>
        {
            Assert.That(fromModel.Except(fromMigrations), Is.Empty, "in the EF model but not in the migrations");
            Assert.That(fromMigrations.Except(fromModel), Is.Empty, "in the migrations but not in the EF model");
        });
    }

    [Test]
    public void Each_schema_version_has_a_script_of_the_same_name_for_this_engine()
    {
        var sqlite = SchemaMigrator.For(DatabaseEngine.Sqlite).Select(m => $"{m.Version:D4}_{m.Name}");
        var own = SchemaMigrator.For(Engine).Select(m => $"{m.Version:D4}_{m.Name}");

        Assert.That(own, Is.EqualTo(sqlite));
        Assert.That(SchemaMigrator.For(Engine).Select(m => m.Sql), Is.Unique, "a copied script instead of the engine's own");
    }

    private static SortedSet<string> DescribeModel(IModel model)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table);
            facts.Add($"table {table}");
            foreach (var property in entity.GetProperties())
            {
                var nullability = property.IsColumnNullable(store) ? "NULL" : "NOT NULL";
                facts.Add($"column {table}.{property.GetColumnName(store)} {property.GetColumnType(store)} {nullability}");
            }

            facts.Add($"primary key {table} ({Columns(entity.FindPrimaryKey()!.Properties, store)})");
            foreach (var index in entity.GetIndexes())
            {
                facts.Add($"{(index.IsUnique ? "unique index" : "index")} {table} ({Columns(index.Properties, store)})");
            }

            foreach (var key in entity.GetForeignKeys())
            {
                var onDelete = key.DeleteBehavior == DeleteBehavior.Cascade ? "CASCADE" : "NO ACTION";
                facts.Add($"foreign key {table} ({Columns(key.Properties, store)}) -> {key.PrincipalEntityType.GetTableName()} on delete {onDelete}");
            }
        }

        return facts;
    }

    private static string Columns(IEnumerable<IProperty> properties, StoreObjectIdentifier store) =>
        string.Join(", ", properties.Select(p => p.GetColumnName(store)));

    private SortedSet<string> DescribeMigratedDatabase()
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        var tables = Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .Select(row => (string)row[0])
            .Where(name => !Unmapped.Any(unmapped => name == unmapped || name.StartsWith(unmapped + "_", StringComparison.Ordinal)));
        foreach (var table in tables)
        {
            facts.Add($"table {table}");
            var columns = Rows(connection, $"PRAGMA table_info('{table}')");
            foreach (var column in columns)
            {
                // An INTEGER PRIMARY KEY is the rowid: never null, though SQLite reports it as nullable.
                var notNull = (long)column[3] == 1 || (long)column[5] > 0;
                facts.Add($"column {table}.{column[1]} {column[2]} {(notNull ? "NOT NULL" : "NULL")}");
            }

            facts.Add($"primary key {table} ({string.Join(", ", columns.Where(c => (long)c[5] > 0).OrderBy(c => (long)c[5]).Select(c => c[1]))})");
            foreach (var index in Rows(connection, $"PRAGMA index_list('{table}')").Where(i => (string)i[3] == "c"))
            {
                var indexed = Rows(connection, $"PRAGMA index_info('{index[1]}')").OrderBy(c => (long)c[0]).Select(c => c[2]);
                facts.Add($"{((long)index[2] == 1 ? "unique index" : "index")} {table} ({string.Join(", ", indexed)})");
            }

            foreach (var key in Rows(connection, $"PRAGMA foreign_key_list('{table}')"))
            {
                facts.Add($"foreign key {table} ({key[3]}) -> {key[2]} on delete {key[6]}");
            }
        }

        return facts;
    }

    private SortedSet<string> DescribeMigratedPostgres()
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        foreach (var row in Rows(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        {
            var table = (string)row[0];
            if (Unmapped.Contains(table))
            {
                continue;
            }

            facts.Add($"table {table}");
            foreach (var column in Rows(connection, $"SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'"))
            {
                facts.Add($"column {table}.{column[0]} {column[1]} {((string)column[2] == "YES" ? "NULL" : "NOT NULL")}");
            }

            foreach (var index in Rows(connection, $"""
                SELECT i.indisprimary, i.indisunique,
                       (SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum)
                FROM pg_index i WHERE i.indrelid = '{table}'::regclass
                """))
            {
                var kind = (bool)index[0] ? "primary key" : (bool)index[1] ? "unique index" : "index";
                facts.Add($"{kind} {table} ({index[2]})");
            }

            foreach (var key in Rows(connection, $"""
                SELECT a.attname, c.confrelid::regclass::text, c.confdeltype FROM pg_constraint c
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                WHERE c.contype = 'f' AND c.conrelid = '{table}'::regclass
                """))
            {
                facts.Add($"foreign key {table} ({key[0]}) -> {key[1]} on delete {((char)key[2] == 'c' ? "CASCADE" : "NO ACTION")}");
            }
        }

        return facts;
    }

    private static List<object[]> Rows(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
