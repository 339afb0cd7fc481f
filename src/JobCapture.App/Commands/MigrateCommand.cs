using System.CommandLine;
using JobCapture.Storage;
using JobCapture.Storage.Copy;
using JobCapture.Storage.Migrations;
using JobCapture.Storage.Users;

namespace JobCapture.App.Commands;

/// <summary><c>jobcapture migrate --from-sqlite FILE --database CS [--user NAME]</c>: copies a local database into a
/// server, then compares the row count and checksum of each table on both sides.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var fromSqlite = new Option<string>("--from-sqlite") { Description = "The local database file to copy (jobcapture.db)", Required = true };
        var database = CommonOptions.Database();
        var user = new Option<string?>("--user") { Description = "The server's user who gets the postings (default: the server's own, the pairing-token file's)" };
        var dataDirectory = CommonOptions.DataDirectory();
        var command = new Command("migrate", "Copy a local SQLite database into a PostgreSQL server, comparing counts and checksums per table") { fromSqlite, database, user, dataDirectory };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(fromSqlite)!, CommonOptions.ChosenDatabase(parse, database, dataDirectory), parse.GetValue(user), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string file, DatabaseTarget destination, string? userName, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return Fail($"migrate: no database at {file}");
        }

        var source = DatabaseTarget.SqliteFile(Path.GetFullPath(file));
        if (destination.IsSqlite)
        {
            return Fail("migrate: name the server with --database \"Host=…;Database=…;Username=…;Password=…\" (or JOBCAPTURE_DATABASE)");
        }

        SchemaMigrator.Migrate(source);
        SchemaMigrator.Migrate(destination);
        var owner = await OwnerAsync(destination, userName, cancellationToken);
        if (owner is null)
        {
            return Fail($"migrate: no user {userName} on the server (jobcapture user add {userName})");
        }

        await using var from = StorageSetup.Open(source);
        await using var to = StorageSetup.Open(destination, owner);
        if (!await DatabaseCopy.CopyAsync(from, to, cancellationToken))
        {
            return Fail($"migrate: {owner.Name} already has postings on the server; copy into an empty account");
        }

        var before = await TableChecksums.ForAsync(from, cancellationToken);
        var after = await TableChecksums.ForAsync(to, cancellationToken);
        Console.WriteLine($"{"table",-18} {"rows",6} {"copied",6}  checksum");
        foreach (var (expected, actual) in before.Zip(after))
        {
            var same = expected == actual;
            Console.WriteLine($"{expected.Table,-18} {expected.Rows,6} {actual.Rows,6}  {(same ? "same" : "DIFFERENT")} {expected.Sha256[..16]}");
        }

        if (!before.SequenceEqual(after))
        {
            return Fail("migrate: the copy differs from the source (above); the server keeps it for inspection");
        }

        Console.WriteLine($"Copied {file} into {destination} for {owner.Name}: every table has the same rows.");
        return 0;
    }

    private static async Task<Owner?> OwnerAsync(DatabaseTarget destination, string? userName, CancellationToken cancellationToken)
    {
        if (userName is null)
        {
            return new Owner();
        }

        await using var db = StorageSetup.Open(destination);
        var user = await new UserStore(db, TimeProvider.System).FindAsync(userName, cancellationToken);
        return user is null ? null : Owner.Of(user.Id, user.Name);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
