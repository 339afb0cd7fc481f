namespace JobCapture.Benchmarks;

/// <summary>
/// How fast the service answers its first capture after a start, in <see cref="Starts"/> fresh starts: once sent the
/// moment the service first answers (a click during start-up), once after its start-up work is done and it has gone
/// idle (the usual case: started at login, used later). Each is compared with the captures that follow it (other corpus pages,
/// new URLs), as a ratio, since the machine's speed drifts.
/// </summary>
internal static class FirstCapture
{
    private const int Starts = 5;
    private const int Following = 3;

    public static async Task<int> RunAsync(string appDll)
    {
        var pages = CorpusFolder.ReadPages();
        var immediate = new List<Timing>();
        var afterIdle = new List<Timing>();
        for (var start = 0; start < Starts; start++)
        {
            immediate.Add(await TimeFirstCaptureAsync(appDll, pages, waitUntilIdle: false));
            afterIdle.Add(await TimeFirstCaptureAsync(appDll, pages, waitUntilIdle: true));
        }

        Report("sent as soon as the service answers", immediate);
        Report("sent once the service is idle", afterIdle);
        return 0;
    }

    private static async Task<Timing> TimeFirstCaptureAsync(string appDll, IReadOnlyList<string> pages, bool waitUntilIdle)
    {
        await using var service = await ServiceProcess.StartAsync(appDll);
        if (waitUntilIdle)
        {
            await service.WaitUntilIdleAsync();
        }

        var first = await service.TimeCaptureAsync(pages[0]);
        var following = new List<long>();
        for (var i = 1; i <= Following; i++)
        {
            following.Add(await service.TimeCaptureAsync(pages[i]));
        }

        var timing = new Timing(service.StartedIn.TotalMilliseconds, first, following.Order().ElementAt(Following / 2));
        Console.WriteLine($"  {(waitUntilIdle ? "once idle" : "at once")}: answering after {timing.StartMs:0} ms, first capture {timing.FirstMs} ms, next ones (median) {timing.FollowingMs} ms");
        return timing;
    }

    private static void Report(string how, List<Timing> timings) =>
        Console.WriteLine($"first capture {how}: median {Median(timings.Select(t => (double)t.FirstMs)):0} ms " +
            $"(fastest {timings.Min(t => t.FirstMs)}, slowest {timings.Max(t => t.FirstMs)}); " +
            $"median ratio to the captures after it {Median(timings.Select(t => (double)t.FirstMs / Math.Max(1, t.FollowingMs))):0.0}x; " +
            $"service answering after {Median(timings.Select(t => t.StartMs)):0} ms");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private sealed record Timing(double StartMs, long FirstMs, long FollowingMs);
}
