using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace JobCapture.Benchmarks;

/// <summary>The real service as a child process (<c>dotnet APP_DLL serve</c> on a free port, a fresh data directory),
/// with a client that holds its pairing token. Disposing stops it and deletes the data.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;

    private ServiceProcess(Process process, string dataDirectory, HttpClient client) =>
        (_process, _dataDirectory, Client) = (process, dataDirectory, client);

    public HttpClient Client { get; }

    public int Id => _process.Id;

    /// <summary>Waits until the service has used almost no processor time for two seconds (its start-up work, such as
    /// the warm-up, is done), or a minute has passed.</summary>
    public async Task WaitUntilIdleAsync()
    {
        var quietFor = TimeSpan.Zero;
        var step = TimeSpan.FromMilliseconds(500);
        for (var waited = TimeSpan.Zero; quietFor < TimeSpan.FromSeconds(2) && waited < TimeSpan.FromMinutes(1); waited += step)
        {
            _process.Refresh();
            var before = _process.TotalProcessorTime;
            await Task.Delay(step);
            _process.Refresh();
            quietFor = _process.TotalProcessorTime - before < TimeSpan.FromMilliseconds(25) ? quietFor + step : TimeSpan.Zero;
        }
    }

    /// <summary>How long the service took from the start of the process to its first answer.</summary>
    public TimeSpan StartedIn { get; private set; }

    public static async Task<ServiceProcess> StartAsync(string appDll)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("jobcapture-bench-").FullName;
        var port = FreePort();
        var started = Stopwatch.StartNew();
        var process = Process.Start(new ProcessStartInfo("dotnet", [appDll, "serve", "--port", port.ToString(), "--data-dir", dataDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
        var service = new ServiceProcess(process, dataDirectory, client);
        await WaitForHealthAsync(client);
        service.StartedIn = started.Elapsed;
        var token = await File.ReadAllTextAsync(Path.Combine(dataDirectory, "pairing-token"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
        return service;
    }

    /// <summary>Milliseconds from sending one capture of <paramref name="html"/> (under a new URL) to its answer.</summary>
    public async Task<long> TimeCaptureAsync(string html)
    {
        var watch = Stopwatch.StartNew();
        using var response = await SendAsync(html);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"a capture answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return watch.ElapsedMilliseconds;
    }

    /// <summary>Sends one capture; over the service's rate limit (429) it waits as told and sends again.</summary>
    private async Task<HttpResponseMessage> SendAsync(string html)
    {
        while (true)
        {
            var response = await Client.PostAsJsonAsync("/api/captures", new
            {
                url = $"https://bench.example/jobs/{Guid.NewGuid():N}",
                title = "Bench",
                html,
                capturedAt = DateTimeOffset.UtcNow,
                source = "cli",
                captureId = Guid.NewGuid().ToString("N"),
            });
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    private static async Task WaitForHealthAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            try
            {
                using var health = await client.GetAsync("/api/health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the service did not answer within a minute");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
