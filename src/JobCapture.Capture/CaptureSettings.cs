namespace JobCapture.Capture;

/// <summary>How long a capture waits for a page to settle, each wait capped: some boards poll or animate forever.</summary>
public sealed record CaptureSettings
{
    public TimeSpan NavigationTimeout { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>The longest wait for the network to go quiet (no request for half a second) after load.</summary>
    public TimeSpan NetworkQuietCap { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>The page has settled when its DOM has not grown for this long…</summary>
    public TimeSpan DomQuietWindow { get; init; } = TimeSpan.FromMilliseconds(1000);

    /// <summary>…or for this long while it still shows next to no text (a skeleton waiting for its script)…</summary>
    public TimeSpan ThinPageQuietWindow { get; init; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>…and at the latest after this long.</summary>
    public TimeSpan DomQuietCap { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>How often the capture scrolls to the end at most, for pages that load more as one scrolls.</summary>
    public int MaxScrolls { get; init; } = 8;

    public bool Screenshot { get; init; }
}
