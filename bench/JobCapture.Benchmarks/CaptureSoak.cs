namespace JobCapture.Benchmarks;

/// <summary>
/// Sends the real service a long series of large captures, one after another: every corpus page, repeated inside
/// itself to at least <see cref="PageBytes"/>, with a new URL each time. Reports the service's memory (working set,
/// GC heap, large-object heap, GC committed) after a warm-up capture and every tenth of the way, so growth shows.
/// </summary>
internal static class CaptureSoak
{
    private const int PageBytes = 3 * 1024 * 1024;

    public static async Task<int> RunAsync(string appDll, int captures)
    {
        await using var service = await ServiceProcess.StartAsync(appDll);
        Console.WriteLine($"service answering after {service.StartedIn.TotalMilliseconds:0} ms");
        var pages = CorpusFolder.ReadPages();
        Console.WriteLine($"warm-up capture (a corpus page): {await service.TimeCaptureAsync(pages[0])} ms");

        using var memory = new ServiceMemory(service.Id);
        var large = pages.Select(Enlarge).ToList();
        Console.WriteLine($"{captures} captures of {large.Average(p => p.Length) / 1024 / 1024:0.0} MB pages on average; memory in MB");
        Console.WriteLine($"| captures | {ServiceMemory.Header} | median ms of the last tenth |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| 0 | {await memory.ReadAsync()} | |");
        var times = new List<long>();
        for (var i = 1; i <= captures; i++)
        {
            times.Add(await service.TimeCaptureAsync(large[i % large.Count]));
            if (i % Math.Max(1, captures / 10) == 0 || i == captures)
            {
                Console.WriteLine($"| {i} | {await memory.ReadAsync()} | {times.Order().ElementAt(times.Count / 2)} |");
                times.Clear();
            }
        }

        return 0;
    }

    /// <summary>The page's markup repeated until it is at least <see cref="PageBytes"/> long: more of the same posting.</summary>
    private static string Enlarge(string page) =>
        string.Concat(Enumerable.Repeat(page, Math.Max(1, (PageBytes + page.Length - 1) / page.Length)));
}
