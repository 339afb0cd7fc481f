using System.Globalization;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using JobCapture.App.Health;
using JobCapture.App.Security;
using JobCapture.Capture;
using JobCapture.Storage;
using Microsoft.Data.Sqlite;

namespace JobCapture.App.Doctor;

/// <summary>
/// The checks behind <c>jobcapture doctor</c>, one finding each: the service on its port, the data folder, the
/// database, the token, a browser for <c>capture</c>, and when an extension last called.
/// </summary>
public sealed class DoctorChecks(string dataDirectory, int port, TimeProvider clock)
{
    private const string Serve = "start the service with `jobcapture serve` (or `jobcapture install` to start it at every login)";

    public async Task<IReadOnlyList<DoctorFinding>> RunAsync(CancellationToken cancellationToken) =>
    [
        await ServiceAsync(cancellationToken),
        DataFolder(),
        Database(),
        Token(),
        Browser(),
        Extension(),
    ];

    /// <summary>Health names the program; the HMAC proof shows it is the JobCapture of this data folder.</summary>
    public async Task<DoctorFinding> ServiceAsync(CancellationToken cancellationToken)
    {
        const string check = "service";
        var address = new Uri($"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(3) };
        HelloResponse? hello;
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        try
        {
            hello = await client.GetFromJsonAsync<HelloResponse>("/api/hello?nonce=" + nonce, cancellationToken);
        }
        catch (HttpRequestException error) when (error.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return new(check, DoctorOutcome.Fix, $"JobCapture is not running on port {port}: {Serve}.");
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or NotSupportedException)
        {
            hello = null;
        }

        if (hello?.Service != HealthApi.ServiceName)
        {
            return new(check, DoctorOutcome.Fix,
                $"another program holds port {port}: stop it, or run JobCapture with --port and set that address in the extension.");
        }

        var token = ReadToken();
        return token is not null && string.Equals(token.Prove(nonce), hello.Proof, StringComparison.Ordinal)
            ? new(check, DoctorOutcome.Ok, $"JobCapture {hello.Version} answers on {address}")
            : new(check, DoctorOutcome.Fix,
                $"a JobCapture with another data folder answers on port {port}: stop it, or pass its folder with --data-dir.");
    }

    public DoctorFinding DataFolder()
    {
        const string check = "data";
        if (!Directory.Exists(dataDirectory))
        {
            return new(check, DoctorOutcome.Fix, $"{dataDirectory} does not exist yet: {Serve}.");
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(dataDirectory) & OthersAccess) != 0)
        {
            return new(check, DoctorOutcome.Fix, $"{dataDirectory} can be read by other users: run chmod 700 \"{dataDirectory}\".");
        }

        return new(check, DoctorOutcome.Ok, $"{dataDirectory}, yours only");
    }

    public DoctorFinding Database()
    {
        const string check = "database";
        var path = Path.Combine(dataDirectory, StorageSetup.DatabaseFileName);
        if (!File.Exists(path))
        {
            return new(check, DoctorOutcome.Fix, $"no database yet in {dataDirectory}: {Serve}.");
        }

        try
        {
            var result = IntegrityCheck(path);
            return result == "ok"
                ? new(check, DoctorOutcome.Ok, "integrity check passed")
                : new(check, DoctorOutcome.Fix, $"damaged ({result}): restore a backup with `jobcapture restore FILE`.");
        }
        catch (SqliteException error)
        {
            return new(check, DoctorOutcome.Fix, $"damaged ({error.SqliteErrorCode}: {error.Message}): restore a backup with `jobcapture restore FILE`.");
        }
    }

    public DoctorFinding Token()
    {
        const string check = "token";
        var path = Path.Combine(dataDirectory, PairingToken.FileName);
        if (ReadToken() is null)
        {
            return new(check, DoctorOutcome.Fix, $"no pairing token in {dataDirectory}: run `jobcapture token` and paste it in the extension's settings.");
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & OthersAccess) != 0)
        {
            return new(check, DoctorOutcome.Fix, $"the pairing token can be read by other users: run chmod 600 \"{path}\".");
        }

        return new(check, DoctorOutcome.Ok, "pairing token present, yours only");
    }

    public static DoctorFinding Browser() =>
        BrowserLocator.Find() is { } browser
            ? new("browser", DoctorOutcome.Ok, $"{browser} (for `jobcapture capture`)")
            : new("browser", DoctorOutcome.Fix, BrowserLocator.NotFoundAdvice);

    public DoctorFinding Extension()
    {
        const string check = "extension";
        if (ExtensionActivity.LastCall(dataDirectory) is not { } lastCall)
        {
            return new(check, DoctorOutcome.Note,
                "no extension has called yet: load it (README, \"The browser extension\"), paste the token and press \"Test connection\".");
        }

        var ago = clock.GetUtcNow() - lastCall;
        return new(check, DoctorOutcome.Ok, $"last called {Describe(ago)} ago ({lastCall.ToLocalTime():yyyy-MM-dd HH:mm})");
    }

    private static string? IntegrityCheck(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private const UnixFileMode OthersAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The token as the service would read it, without making one (the doctor only looks).</summary>
    private PairingToken? ReadToken() => PairingToken.TryLoad(dataDirectory);

    private static string Describe(TimeSpan ago) => ago switch
    {
        { TotalMinutes: < 1 } => "less than a minute",
        { TotalHours: < 1 } => $"{(int)ago.TotalMinutes} minutes",
        { TotalDays: < 1 } => $"{(int)ago.TotalHours} hours",
        _ => $"{(int)ago.TotalDays} days",
    };
}
