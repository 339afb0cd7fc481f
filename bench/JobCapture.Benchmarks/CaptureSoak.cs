using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace JobCapture.Benchmarks;

/// <summary>
/// Runs the real service (<c>jobcapture serve</c>, as a child process with a fresh data directory) and sends it a long
/// series of large captures: every corpus page, repeated inside itself to at least <see cref="PageBytes"/>, with a new
/// URL each time. Reports how fast the first capture after the start is answered, and the service's working set
/// every tenth of the way, so growth shows.
/// </summary>
internal static class CaptureSoak
{
    private const int PageBytes = 3 * 1024 * 1024;

    public static async Task<int> RunAsync(string appDll, int captures)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("jobcapture-soak-").FullName;
        var port = FreePort();
        using var service = Process.Start(new ProcessStartInfo("dotnet", [appDll, "serve", "--port", port.ToString(), "--data-dir", dataDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        service.OutputDataReceived += (_, _) => { };
        service.ErrorDataReceived += (_, _) => { };
        service.BeginOutputReadLine();
        service.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
            var started = Stopwatch.StartNew();
            await WaitForHealthAsync(client);
            Console.WriteLine($"service answering after {started.ElapsedMilliseconds} ms; working set {Megabytes(service)} MB");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await File.ReadAllTextAsync(Path.Combine(dataDirectory, "pairing-token"))).Trim());

            var pages = CorpusFolder.ReadPages();
            Console.WriteLine($"first capture (a corpus page, sent as soon as the service answers): {await TimeCaptureAsync(client, pages[0], 0)} ms");
            Console.WriteLine($"second capture (the same page, new URL): {await TimeCaptureAsync(client, pages[0], 1)} ms");

            var large = pages.Select(Enlarge).ToList();
            Console.WriteLine($"{captures} captures of {large.Average(p => p.Length) / 1024 / 1024:0.0} MB pages on average");
            Console.WriteLine("| captures | working set (MB) | median ms of the last tenth |");
            Console.WriteLine("|---:|---:|---:|");
            var times = new List<long>();
            for (var i = 1; i <= captures; i++)
            {
                times.Add(await TimeCaptureAsync(client, large[i % large.Count], 100 + i));
                if (i % Math.Max(1, captures / 10) == 0 || i == captures)
                {
                    Console.WriteLine($"| {i} | {Megabytes(service)} | {Median(times)} |");
                    times.Clear();
                }
            }

            return 0;
        }
        finally
        {
            service.Kill();
            await service.WaitForExitAsync();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task<long> TimeCaptureAsync(HttpClient client, string html, int number)
    {
        var watch = Stopwatch.StartNew();
        using var response = await SendAsync(client, html, number);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"capture {number} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return watch.ElapsedMilliseconds;
    }

    /// <summary>Sends one capture; over the service's rate limit (429) it waits as told and sends again.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string html, int number)
    {
        while (true)
        {
            var response = await PostAsync(client, html, number);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string html, int number) =>
        client.PostAsJsonAsync("/api/captures", new
        {
            url = $"https://soak.example/jobs/{number}-{Guid.NewGuid():N}",
            title = "Soak",
            html,
            capturedAt = DateTimeOffset.UtcNow,
            source = "cli",
            captureId = Guid.NewGuid().ToString("N"),
        });

    /// <summary>The page's markup repeated until it is at least <see cref="PageBytes"/> long: more of the same posting.</summary>
    private static string Enlarge(string page) =>
        string.Concat(Enumerable.Repeat(page, Math.Max(1, (PageBytes + page.Length - 1) / page.Length)));

    private static async Task WaitForHealthAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 600; attempt++)
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

        throw new TimeoutException("the service did not answer within 30 s");
    }

    private static long Megabytes(Process process)
    {
        process.Refresh();
        return process.WorkingSet64 / 1024 / 1024;
    }

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
