using System.Diagnostics;

namespace JobCapture.Core.Tests;

/// <summary>
/// How much slower a piece of work gets when its input grows eightfold: about 8 when the work is linear, 64 when it
/// is quadratic. Two timings on the same machine after a warm-up, compared as a ratio, so a busy machine slows both
/// and no clock limit is involved.
/// </summary>
internal static class Growth
{
    private const int InputFactor = 8;
    private const int Rounds = 9;

    /// <summary>Four times linear and half of quadratic: room for the cache misses of the larger input (a linear reader
    /// measured up to 16 under a load average of 20, and once 25 while a whole test run and a build shared two cores),
    /// and still half of 64.</summary>
    public const double LinearBound = 32;

    public static double EightfoldInputSlowdown<T>(Func<int, T> input, Action<T> work, int size)
    {
        var small = input(size);
        var large = input(size * InputFactor);
        work(small);
        work(large);

        // Small and large alternate, so a stretch of heavy load elsewhere slows both; the best of each is the run
        // least disturbed by whatever else the machine is doing.
        var fastestSmall = double.MaxValue;
        var fastestLarge = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            fastestSmall = Math.Min(fastestSmall, Time(() => work(small)));
            fastestLarge = Math.Min(fastestLarge, Time(() => work(large)));
        }

        return fastestLarge / fastestSmall;
    }

    private static double Time(Action work)
    {
        // Garbage left by the other size or by other tests would be collected inside whichever timing it fell on.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed.TotalMilliseconds;
    }
}
