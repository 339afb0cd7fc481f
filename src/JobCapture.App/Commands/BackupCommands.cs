using System.CommandLine;
using JobCapture.Storage;
using Microsoft.Data.Sqlite;

namespace JobCapture.App.Commands;

/// <summary><c>backup FILE</c> and <c>restore FILE</c>: consistent copies, also while the service runs.</summary>
internal static class BackupCommands
{
    public static Command Backup()
    {
        var file = new Argument<string>("file") { Description = "Where to write the backup (must not exist yet)" };
        var dataDirectory = CommonOptions.DataDirectory();
        var command = new Command("backup", "Copy the database to FILE (safe while the service runs)") { file, dataDirectory };
        command.SetAction(parse => Run(() =>
        {
            DatabaseBackup.BackupTo(DatabasePath(parse.GetValue(dataDirectory)!), parse.GetValue(file)!);
            Console.WriteLine($"Backed up to {Path.GetFullPath(parse.GetValue(file)!)}");
        }));
        return command;
    }

    public static Command Restore()
    {
        var file = new Argument<string>("file") { Description = "A backup made by 'jobcapture backup'" };
        var dataDirectory = CommonOptions.DataDirectory();
        var command = new Command("restore", "Replace the database with the backup in FILE") { file, dataDirectory };
        command.SetAction(parse => Run(() =>
        {
            var folder = Hosting.DataDirectory.Ensure(parse.GetValue(dataDirectory)!);
            DatabaseBackup.RestoreFrom(parse.GetValue(file)!, Path.Combine(folder, StorageSetup.DatabaseFileName));
            Console.WriteLine("Restored.");
        }));
        return command;
    }

    private static string DatabasePath(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), StorageSetup.DatabaseFileName);

    private static int Run(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or SqliteException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }
}
