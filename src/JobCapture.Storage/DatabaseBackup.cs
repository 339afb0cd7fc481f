using JobCapture.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace JobCapture.Storage;

/// <summary>
/// Consistent copies of the database through SQLite's online backup API: safe while the service is writing, unlike
/// copying the file (which can catch a half-written WAL).
/// </summary>
public static class DatabaseBackup
{
    public static void BackupTo(string databasePath, string backupFile)
    {
        var target = Path.GetFullPath(backupFile);
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; choose a new file name.");
        }

        // Created empty and owner-only first: SQLite keeps an existing file's mode, and gives its journal the same.
        OwnerOnlyFile.Create(target, FileMode.CreateNew).Dispose();
        using var source = OpenExisting(databasePath);
        using var destination = new SqliteConnection(StorageSetup.ConnectionString(target));
        destination.Open();
        source.BackupDatabase(destination);
    }

    /// <summary>Replaces the database's content with the backup's, after checking the backup is a sound JobCapture
    /// database; then brings it to the current schema.</summary>
    public static void RestoreFrom(string backupFile, string databasePath)
    {
        using (var backup = OpenExisting(backupFile))
        {
            Check(backup);
            using var destination = new SqliteConnection(StorageSetup.ConnectionString(databasePath));
            destination.Open();
            backup.BackupDatabase(destination);
        }

        SchemaMigrator.Migrate(StorageSetup.ConnectionString(databasePath));
    }

    public static string IntegrityCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static void Check(SqliteConnection backup)
    {
        if (IntegrityCheck(backup) != "ok")
        {
            throw new InvalidDataException("The backup file is damaged (integrity check failed).");
        }

        using var command = backup.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('schema_migrations', 'postings');";
        if (Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 2)
        {
            throw new InvalidDataException("The file is not a JobCapture database.");
        }
    }

    private static SqliteConnection OpenExisting(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No database at {path}.", path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite }.ToString());
        try
        {
            connection.Open();
            SqlitePragmas.Apply(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
