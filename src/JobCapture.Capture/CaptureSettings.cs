namespace JobCapture.Capture;

/// <summary>How long a capture waits for a page to settle, each wait capped: some boards poll or animate forever.</summary>
public sealed record CaptureSettings
{
    public TimeSpan NavigationTimeout { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>The page has settled when, for this long, no request was in flight and its DOM did not grow, and no
    /// short timer it had set when the wait began is still to fire…</summary>
    public TimeSpan QuietWindow { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>…or, while it still shows next to no text (a skeleton waiting for its script), for this long…</summary>
    public TimeSpan ThinPageQuietWindow { get; init; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>…and at the latest after this long.</summary>
    public TimeSpan SettleCap { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Timers set for longer than this are not waited for: carousels, reminders, session expiry.</summary>
    public TimeSpan TimerHorizon { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the capture scrolls to the end at most, for pages that load more as one scrolls.</summary>
    public int MaxScrolls { get; init; } = 8;

    public bool Screenshot { get; init; }
}
