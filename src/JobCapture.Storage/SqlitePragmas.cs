using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobCapture.Storage;

/// <summary>
/// Sets the pragmas on every connection EF opens, in one place.
/// WAL lets the dashboard read while a capture is written; synchronous=FULL makes a commit durable before the
/// service answers 2xx (NORMAL could lose the last commits on power loss, which would break "a 2xx means saved").
/// busy_timeout lets the CLI and the service share the file without "database is locked" errors.
/// foreign_keys is off by default in SQLite and must be asked for per connection.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
