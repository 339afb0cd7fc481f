using System.Diagnostics;

namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>A Chromium as a user would start it for <c>capture --connect</c>: its own profile, a remote debugging port,
/// and a first tab. Ended by its own process id when disposed.</summary>
internal sealed class DebuggableChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;

    private DebuggableChromium(Process process, string profile, int port)
    {
        _process = process;
        _profile = profile;
        Endpoint = $"http://127.0.0.1:{port}";
    }

    public string Endpoint { get; }

    public bool IsRunning => !_process.HasExited;

    public static async Task<DebuggableChromium> StartAsync(Uri firstTab)
    {
        var port = FreePort.Pick();
        var profile = Directory.CreateTempSubdirectory("jobcapture-user-chromium-").FullName;
        var start = new ProcessStartInfo(Chromium.RequirePath()) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])[.. JobCapture.Capture.PageCapturer.QuietFlags, "--headless=new", $"--remote-debugging-port={port}", $"--user-data-dir={profile}", firstTab.ToString()])
        {
            start.ArgumentList.Add(argument);
        }

        var chromium = new DebuggableChromium(Process.Start(start)!, profile, port);
        await chromium.WaitForDebuggingPortAsync();
        return chromium;
    }

    /// <summary>Whether the debugging port answers, i.e. the browser is there to connect to.</summary>
    public async Task<bool> AnswersAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return (await http.GetAsync(Endpoint + "/json/version")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private async Task WaitForDebuggingPortAsync()
    {
        for (var attempt = 0; attempt < 100 && IsRunning; attempt++)
        {
            if (await AnswersAsync())
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("Chromium's debugging port did not answer.");
    }

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
