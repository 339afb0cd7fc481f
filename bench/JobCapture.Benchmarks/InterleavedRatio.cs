using System.Diagnostics;

namespace JobCapture.Benchmarks;

/// <summary>
/// The same comparison as <see cref="AnalysisVersusBareParse"/>, with its own two passes, measured the other way round:
/// one process, each round a bare-parse pass and then an analysis pass, and the median of the rounds' ratios. BenchmarkDotNet measures the two in
/// separate processes minutes apart; on a shared machine whose speed drifts, the ratio of rounds run side by side is
/// the steadier figure.
/// </summary>
internal static class InterleavedRatio
{
    private const int Rounds = 41;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    public static void Run()
    {
        var benchmark = new AnalysisVersusBareParse();
        benchmark.LoadCorpus();

        // Long enough for the JIT's tiers to settle on both paths.
        for (var watch = Stopwatch.StartNew(); watch.Elapsed < WarmUp;)
        {
            benchmark.BareParse();
            benchmark.FullAnalysis();
        }

        var bare = new double[Rounds];
        var full = new double[Rounds];
        var ratios = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            bare[round] = Time(() => benchmark.BareParse());
            full[round] = Time(() => benchmark.FullAnalysis());
            ratios[round] = full[round] / bare[round];
        }

        Console.WriteLine($"{benchmark.PageCount} pages, {Rounds} rounds: bare parse median {Median(bare):F1} ms, full analysis median {Median(full):F1} ms, ratio median {Median(ratios):F2}x");
    }

    private static double Time(Action pass)
    {
        var watch = Stopwatch.StartNew();
        pass();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
