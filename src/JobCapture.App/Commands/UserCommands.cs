using System.CommandLine;
using JobCapture.Storage;
using JobCapture.Storage.Migrations;
using JobCapture.Storage.Users;

namespace JobCapture.App.Commands;

/// <summary><c>jobcapture user add|list|remove|rotate-token|passwd</c>: the users of a shared server, each with a
/// pairing token, an optional dashboard password and postings of their own.</summary>
internal static class UserCommands
{
    public static Command Create()
    {
        var command = new Command("user", "Manage the users of a shared server: each has a pairing token and sees only their own postings");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(RotateToken());
        command.Subcommands.Add(Passwd());
        return command;
    }

    private static Command Add() => WithName("add", "Add a user and print their pairing token (shown this once)", async (users, name, cancellationToken) =>
    {
        if (!UserStore.IsValidName(name))
        {
            return Fail("user add: a name is 1 to 64 letters, digits or . _ @ -");
        }

        var token = await users.AddAsync(name, cancellationToken);
        if (token is null)
        {
            return Fail($"user add: {name} already exists (user rotate-token {name} gives a new token)");
        }

        Console.WriteLine(token);
        return 0;
    });

    private static Command RotateToken() => WithName("rotate-token", "Give a user a new pairing token and print it; the old one stops working", async (users, name, cancellationToken) =>
    {
        var token = await users.RotateTokenAsync(name, cancellationToken);
        if (token is null)
        {
            return Fail($"user rotate-token: no user {name}");
        }

        Console.WriteLine(token);
        return 0;
    });

    /// <summary>The password comes from standard input (its first line) or, on a terminal, a prompt without echo;
    /// never from the command line, where other users of the machine and the shell's history would see it.</summary>
    private static Command Passwd() => WithName("passwd", "Set the password a user signs in to the dashboard with (read from standard input, or prompted)", async (users, name, cancellationToken) =>
    {
        var password = PasswordInput.Read();
        if (password is null)
        {
            return Fail("user passwd: the two passwords differ");
        }

        if (password.Length < UserStore.MinimumPasswordLength)
        {
            return Fail($"user passwd: a password has at least {UserStore.MinimumPasswordLength} characters");
        }

        if (!await users.SetPasswordAsync(name, password, cancellationToken))
        {
            return Fail($"user passwd: no user {name}");
        }

        Console.WriteLine($"Password set for {name}.");
        return 0;
    });

    private static Command Remove() => WithName("remove", "Remove a user with all their postings, notes, follow-ups and referrals", async (users, name, cancellationToken) =>
    {
        var removed = await users.RemoveAsync(name, cancellationToken);
        if (removed is null)
        {
            return Fail($"user remove: no user {name}");
        }

        Console.WriteLine($"Removed {name} and their {removed} postings.");
        return 0;
    });

    private static Command List()
    {
        var (dataDirectory, database) = (CommonOptions.DataDirectory(), CommonOptions.Database());
        var command = new Command("list", "List the users with how many postings each keeps") { dataDirectory, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = Open(CommonOptions.ChosenDatabase(parse, database, dataDirectory));
            foreach (var user in await new UserStore(db, TimeProvider.System).ListAsync(cancellationToken))
            {
                Console.WriteLine($"{user.Name}\t{user.Postings} postings\tadded {user.CreatedAt:yyyy-MM-dd}");
            }

            return 0;
        });
        return command;
    }

    private static Command WithName(string verb, string description, Func<UserStore, string, CancellationToken, Task<int>> action)
    {
        var name = new Argument<string>("name") { Description = "The user's name" };
        var (dataDirectory, database) = (CommonOptions.DataDirectory(), CommonOptions.Database());
        var command = new Command(verb, description) { name, dataDirectory, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = Open(CommonOptions.ChosenDatabase(parse, database, dataDirectory));
            return await action(new UserStore(db, TimeProvider.System), parse.GetValue(name)!, cancellationToken);
        });
        return command;
    }

    private static JobCaptureDb Open(DatabaseTarget database)
    {
        SchemaMigrator.Migrate(database);
        return StorageSetup.Open(database);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
