using JobCapture.Storage.Migrations;
using JobCapture.Storage.Users;
using JobCapture.Tests;

namespace JobCapture.Storage.Tests;

/// <summary>A fresh database per test, migrated to the newest schema, deleted afterwards: a SQLite file, or a database
/// on the test PostgreSQL server for fixtures run on both engines ([TestFixture(DatabaseEngine.Postgres)]).</summary>
public abstract class DatabaseFixture(DatabaseEngine engine = DatabaseEngine.Sqlite)
{
    private TestDatabase? _database;

    protected DatabaseEngine Engine => engine;
    protected DatabaseTarget Target => _database!.Target;
    protected string ConnectionString => Target.ConnectionString;
    protected string DatabasePath => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;

    [SetUp]
    public void CreateDatabase()
    {
        _database = TestDatabase.Create(engine);
        if (MigrateOnSetUp)
        {
            SchemaMigrator.Migrate(Target);
        }
    }

    [TearDown]
    public void DeleteDatabase() => _database?.Dispose();

    protected virtual bool MigrateOnSetUp => true;

    protected JobCaptureDb Open(Owner? owner = null) => StorageSetup.Open(Target, owner);
}
