using JobCapture.Storage.Migrations;

namespace JobCapture.Storage.Tests;

/// <summary>A fresh SQLite file per test, migrated to the newest schema; deleted afterwards.</summary>
public abstract class DatabaseFixture
{
    protected string Folder { get; private set; } = null!;
    protected string DatabasePath => Path.Combine(Folder, StorageSetup.DatabaseFileName);
    protected string ConnectionString => StorageSetup.ConnectionString(DatabasePath);

    [SetUp]
    public void CreateDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("jobcapture-db-").FullName;
        if (MigrateOnSetUp)
        {
            SchemaMigrator.Migrate(ConnectionString);
        }
    }

    [TearDown]
    public void DeleteDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    protected virtual bool MigrateOnSetUp => true;

    protected JobCaptureDb Open() => StorageSetup.Open(DatabasePath);
}
