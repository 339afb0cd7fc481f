using System.Diagnostics;

namespace JobCapture.Core.Tests;

/// <summary>
/// How much slower a piece of work gets when its input grows fourfold: about 4 when the work is linear, 16 when it
/// is quadratic. Two timings on the same machine after a warm-up, compared as a ratio, so a busy machine slows both
/// and no clock limit is involved.
/// </summary>
internal static class Growth
{
    public static double FourfoldInputSlowdown(Func<int, string> input, Action<string> work, int size)
    {
        var small = input(size);
        var large = input(size * 4);
        work(small);
        work(large);
        return Fastest(() => work(large)) / Fastest(() => work(small));
    }

    /// <summary>The best of five runs: the one least disturbed by whatever else the machine is doing.</summary>
    private static double Fastest(Action work) =>
        Enumerable.Range(0, 5).Min(_ =>
        {
            var watch = Stopwatch.StartNew();
            work();
            return watch.Elapsed.TotalMilliseconds;
        });
}
