using System.Runtime;

namespace JobCapture.App.Captures;

/// <summary>
/// A large page leaves tens of megabytes of garbage, most of it in the large-object heap (the page as a string, the
/// JSON it came in, the copies made to read and store it). The GC collects that heap only when its budget for large
/// objects runs out, and over a series of large pages that budget grew to hundreds of MB: the service's memory climbed
/// capture after capture. So once a large capture is answered and the GC heap holds more than
/// <see cref="CollectAboveBytes"/>, the service collects it and gives the memory back to the system.
/// </summary>
public sealed class LargePageMemory(ILogger<LargePageMemory> log)
{
    /// <summary>Pages from this many characters on count as large.</summary>
    public const int LargePageCharacters = 1_000_000;

    /// <summary>About twice what the service holds alive after a few hundred captures, so only garbage triggers it.</summary>
    public const long CollectAboveBytes = 192L << 20;

    private int _collecting;

    public static bool IsLarge(CaptureRequest request) => request.Html is { Length: >= LargePageCharacters };

    public void CollectAfterLargePage()
    {
        var before = GC.GetTotalMemory(forceFullCollection: false);
        if (before < CollectAboveBytes || Interlocked.Exchange(ref _collecting, 1) == 1)
        {
            return;
        }

        try
        {
            var started = TimeProvider.System.GetTimestamp();
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            log.LogDebug("Collected after a large page: GC heap {BeforeMb} MB -> {AfterMb} MB in {ElapsedMs:0} ms",
                before >> 20, GC.GetTotalMemory(forceFullCollection: false) >> 20, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            Volatile.Write(ref _collecting, 0);
        }
    }
}
