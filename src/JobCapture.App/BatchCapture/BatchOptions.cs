namespace JobCapture.App.BatchCapture;

/// <summary>How a batch of URLs is captured: how many at once, how politely per host, how often a page is tried again.</summary>
public sealed record BatchOptions
{
    public const int DefaultParallel = 3;

    public int Parallel { get; init; } = DefaultParallel;

    /// <summary>Capture again URLs already saved (by default they are skipped: a second run resumes the first).</summary>
    public bool Again { get; init; }

    /// <summary>The least time between the starts of two pages of one host.</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Further tries after a network error, 429 or 5xx.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The wait before the first retry; it doubles with each further one, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    /// <summary>The wait before try number <paramref name="retry"/> (1 for the first retry): what the server asked
    /// for with Retry-After, else the doubling backoff.</summary>
    public TimeSpan BackoffBefore(int retry, TimeSpan? serverAsked) =>
        serverAsked is { } asked
            ? (asked < MaxBackoff ? asked : MaxBackoff)
            : TimeSpan.FromTicks(Math.Min(Backoff.Ticks * (1L << Math.Min(retry - 1, 16)), MaxBackoff.Ticks));
}
