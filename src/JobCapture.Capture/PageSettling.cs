using Microsoft.Playwright;

namespace JobCapture.Capture;

/// <summary>
/// Waits until a page has settled: first the network goes quiet (no request in flight for half a second), then the
/// DOM stops growing (no new elements or text for a while, longer while the page is still a near-empty skeleton).
/// Each wait is capped: a page that polls or animates forever is taken as it is then. Requests are counted from
/// before navigation on, and again after each scroll or click: Playwright's own "network idle" fires once per load.
/// </summary>
internal sealed class PageSettling
{
    private static readonly TimeSpan NetworkQuietWindow = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly IPage _page;
    private readonly CaptureSettings _settings;
    private readonly Lock _gate = new();
    private int _inFlight;
    private DateTimeOffset _lastActivity = DateTimeOffset.UtcNow;

    /// <summary>Starts counting the page's requests: create it before navigating.</summary>
    public PageSettling(IPage page, CaptureSettings settings)
    {
        _page = page;
        _settings = settings;
        page.Request += (_, _) => Activity(+1);
        page.RequestFinished += (_, _) => Activity(-1);
        page.RequestFailed += (_, _) => Activity(-1);
    }

    private void Activity(int change)
    {
        lock (_gate)
        {
            _inFlight = Math.Max(0, _inFlight + change);
            _lastActivity = DateTimeOffset.UtcNow;
        }
    }

    private bool NetworkQuiet()
    {
        lock (_gate)
        {
            return _inFlight == 0 && DateTimeOffset.UtcNow - _lastActivity >= NetworkQuietWindow;
        }
    }

    /// <summary>Below this much text the page is taken for a skeleton still waiting for its content.</summary>
    private const int ThinPageCharacters = 1500;

    /// <summary>Resolves once the element count and text length have not changed for the quiet window, or at the cap.</summary>
    private const string DomQuietScript = """
        ({ quietMs, thinQuietMs, capMs, thinCharacters }) => new Promise(resolve => {
          const size = () => (document.body ? document.body.textContent.length : 0);
          const elements = () => document.getElementsByTagName('*').length;
          const started = performance.now();
          let last = started, lastSize = size(), lastElements = elements();
          const tick = () => {
            const now = performance.now(), nowSize = size(), nowElements = elements();
            if (nowSize !== lastSize || nowElements !== lastElements) {
              last = now; lastSize = nowSize; lastElements = nowElements;
            }
            const window = nowSize < thinCharacters ? thinQuietMs : quietMs;
            if (now - last >= window || now - started >= capMs) { resolve(); } else { setTimeout(tick, 100); }
          };
          tick();
        })
        """;

    public Task SettleAsync(CancellationToken cancellationToken) =>
        SettleAsync(_settings.NetworkQuietCap, _settings.DomQuietWindow, _settings.ThinPageQuietWindow, _settings.DomQuietCap, cancellationToken);

    /// <summary>A shorter settle after the capture itself changed the page (a scroll, a click).</summary>
    public Task SettleAfterActionAsync(CancellationToken cancellationToken) =>
        SettleAsync(_settings.NetworkQuietCap / 2, _settings.DomQuietWindow / 2, _settings.DomQuietWindow / 2, _settings.DomQuietCap / 2, cancellationToken);

    private async Task SettleAsync(TimeSpan networkCap, TimeSpan quiet, TimeSpan thinQuiet, TimeSpan domCap, CancellationToken cancellationToken)
    {
        // What a page still fetches after the cap is usually tracking or polling, not the posting.
        var networkDeadline = DateTimeOffset.UtcNow + networkCap;
        while (!NetworkQuiet() && DateTimeOffset.UtcNow < networkDeadline)
        {
            await Task.Delay(PollInterval, cancellationToken);
        }

        await _page.EvaluateAsync(DomQuietScript, new
        {
            quietMs = quiet.TotalMilliseconds,
            thinQuietMs = thinQuiet.TotalMilliseconds,
            capMs = domCap.TotalMilliseconds,
            thinCharacters = ThinPageCharacters,
        });
        cancellationToken.ThrowIfCancellationRequested();
    }
}
