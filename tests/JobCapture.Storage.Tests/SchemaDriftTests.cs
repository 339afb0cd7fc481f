using JobCapture.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JobCapture.Storage.Tests;

/// <summary>The SQL migrations make the schema and EF's configurations describe it: both must say the same.</summary>
public class SchemaDriftTests : DatabaseFixture
{
    /// <summary>Tables EF does not map: the migrations' own ledger and the full-text index (with its shadow tables).</summary>
    private static readonly string[] Unmapped = ["schema_migrations", "posting_search"];

    [Test]
    public void The_schema_the_migrations_build_is_the_one_the_ef_model_describes()
    {
        var fromMigrations = DescribeMigratedDatabase();
        using var db = Open();
        var fromModel = DescribeModel(db.GetService<IDesignTimeModel>().Model);

        Assert.Multiple(() =>
        {
            Assert.That(fromModel.Except(fromMigrations), Is.Empty, "in the EF model but not in the migrations");
            Assert.That(fromMigrations.Except(fromModel), Is.Empty, "in the migrations but not in the EF model");
        });
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

    private static List<object[]> Rows(SqliteConnection connection, string sql)
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
