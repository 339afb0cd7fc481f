using System.Net.Http.Headers;
using System.Text.Json;
using JobCapture.App.Hosting;
using JobCapture.App.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>
/// Layer 2: the companion service, in process, on a fixed free loopback port with a temporary data directory,
/// and the extension configured (through its options page) with that address and the pairing token.
/// The service can be stopped and started again on the same port and data directory.
/// </summary>
public abstract class ServiceFixture : BrowserFixture
{
    private string _dataDirectory = "";
    private WebApplication? _service;

    protected Uri ServiceAddress { get; private set; } = new("http://127.0.0.1/");

    protected string Token { get; private set; } = "";

    [OneTimeSetUp]
    public async Task StartServiceAndPairAsync()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("jobcapture-data-").FullName;
        ServiceAddress = AddressOn(FreePort.Pick());
        await StartServiceAsync();
        Token = _service!.Services.GetRequiredService<PairingToken>().Value;
        await PairAsync();
    }

    /// <summary>Where the extension finds the service: plain http on loopback unless a fixture serves it otherwise.</summary>
    protected virtual Uri AddressOn(int port) => new($"http://127.0.0.1:{port}");

    /// <summary>Sets the extension's address and token in its options page.</summary>
    protected virtual Task PairAsync() => ConfigureExtensionAsync(ServiceAddress, Token);

    protected IServiceProvider Services => _service?.Services ?? throw new InvalidOperationException("The service is not running.");

    [OneTimeTearDown]
    public async Task StopServiceAndDeleteDataAsync()
    {
        await StopServiceAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the WAL a moment longer; a leftover temp folder is harmless.
        }
    }

    protected async Task StartServiceAsync()
    {
        _service = await ServiceHost.StartAsync(Configure(new ServiceOptions
        {
            Port = ServiceAddress.Port,
            SnapshotPort = 0,
            DataDirectory = _dataDirectory,
            ConsoleLogging = false,
        }));
    }

    /// <summary>A fixture's changes to how the service is started.</summary>
    protected virtual ServiceOptions Configure(ServiceOptions options) => options;

    protected async Task StopServiceAsync()
    {
        if (_service is null)
        {
            return;
        }

        await _service.StopAsync();
        await _service.DisposeAsync();
        _service = null;
    }

    /// <summary>The service's own list of postings (GET /api/postings with the token).</summary>
    protected async Task<JsonElement[]> ListPostingsAsync() => [.. (await GetApiAsync("/api/postings")).EnumerateArray()];

    /// <summary>The latest analysis of a posting (GET /api/postings/{id}/analysis with the token).</summary>
    protected Task<JsonElement> PostingAnalysisAsync(long postingId) => GetApiAsync($"/api/postings/{postingId}/analysis");

    private async Task<JsonElement> GetApiAsync(string path)
    {
        using var client = new HttpClient { BaseAddress = ServiceAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return Json(await client.GetStringAsync(path));
    }

    protected async Task<int> SnapshotCountAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_dataDirectory, JobCapture.Storage.StorageSetup.DatabaseFileName)};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM snapshots";
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
