using System.Text.Json;
using Microsoft.Playwright;

namespace JobCapture.Capture;

/// <summary>
/// Waits until a page has settled: for a short quiet window no request was in flight, the DOM did not grow, and no
/// short timer the page had already set is still to fire ("the description arrives 1.5 s after load" is such a
/// timer). A page that needs no waiting is thus taken a moment after load, while one that is still fetching or
/// counting down is waited for; a near-empty skeleton gets a longer window, since what fills it may come from
/// nothing we can see. Every wait is capped: a page that polls or animates forever is taken as it is then.
/// Requests are counted from before navigation on; the DOM and the timers are watched by a script installed in
/// every document before the page's own scripts run.
/// </summary>
internal sealed class PageSettling
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Below this much text the page is taken for a skeleton still waiting for its content.</summary>
    private const int ThinPageCharacters = 1500;

    /// <summary>
    /// Installed before the page's scripts: counts the page's pending setTimeout timers (up to the horizon; longer ones
    /// are carousels and reminders) and notes when nodes or text were last added. Published under a name the page
    /// cannot guess. Wrapping setTimeout is the one way to see a timer: the DOM and the network say nothing of it.
    /// A call with mark = true starts a wait: only the timers pending then are waited for, so a page that polls by
    /// setting a new timer from each one does not hold the capture until the cap.
    /// </summary>
    private const string WatchScript = """
        ({ key, horizonMs }) => {
          const pending = new Set();
          let awaited = new Set();
          let lastGrowth = performance.now();
          const setTimeoutOf = window.setTimeout, clearTimeoutOf = window.clearTimeout;
          window.setTimeout = function (handler, delay, ...rest) {
            if (typeof handler !== 'function' || (Number(delay) || 0) > horizonMs) {
              return setTimeoutOf.call(this, handler, delay, ...rest);
            }
            const id = setTimeoutOf.call(this, function (...args) { pending.delete(id); return handler.apply(this, args); }, delay, ...rest);
            pending.add(id);
            return id;
          };
          window.clearTimeout = function (id) { pending.delete(id); return clearTimeoutOf.call(this, id); };
          new MutationObserver(records => {
            if (records.some(record => record.type === 'characterData' || record.addedNodes.length > 0)) lastGrowth = performance.now();
          }).observe(document, { childList: true, subtree: true, characterData: true });
          Object.defineProperty(window, key, {
            value: mark => {
              if (mark) awaited = new Set(pending);
              // [ms since the DOM last grew, awaited timers still pending, length of the text]
              return [performance.now() - lastGrowth, [...awaited].filter(id => pending.has(id)).length,
                document.body ? document.body.textContent.length : 0];
            },
          });
        }
        """;

    private readonly IPage _page;
    private readonly CaptureSettings _settings;
    private readonly string _key = "__jobcapture_" + Guid.NewGuid().ToString("N");
    private readonly Lock _gate = new();
    private int _inFlight;
    private DateTimeOffset _lastActivity = DateTimeOffset.UtcNow;

    private PageSettling(IPage page, CaptureSettings settings)
    {
        _page = page;
        _settings = settings;
        page.Request += (_, _) => Activity(+1);
        page.RequestFinished += (_, _) => Activity(-1);
        page.RequestFailed += (_, _) => Activity(-1);
    }

    /// <summary>Starts watching the page's requests, DOM and timers: call it before navigating.</summary>
    public static async Task<PageSettling> StartAsync(IPage page, CaptureSettings settings)
    {
        var settling = new PageSettling(page, settings);
        var arguments = JsonSerializer.Serialize(new { key = settling._key, horizonMs = settings.TimerHorizon.TotalMilliseconds });
        await page.AddInitScriptAsync($"({WatchScript})({arguments})");
        return settling;
    }

    private void Activity(int change)
    {
        lock (_gate)
        {
            _inFlight = Math.Max(0, _inFlight + change);
            _lastActivity = DateTimeOffset.UtcNow;
        }
    }

    private TimeSpan NetworkQuietFor()
    {
        lock (_gate)
        {
            return _inFlight == 0 ? DateTimeOffset.UtcNow - _lastActivity : TimeSpan.Zero;
        }
    }

    public Task SettleAsync(CancellationToken cancellationToken) => SettleAsync(_settings.ThinPageQuietWindow, cancellationToken);

    /// <summary>After the capture itself changed the page (a scroll, a click): the page had its content already, so
    /// no skeleton window.</summary>
    public Task SettleAfterActionAsync(CancellationToken cancellationToken) => SettleAsync(_settings.QuietWindow, cancellationToken);

    private async Task SettleAsync(TimeSpan thinQuiet, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var mark = true;
        while (DateTimeOffset.UtcNow - started < _settings.SettleCap)
        {
            var state = await ReadAsync(mark, started);
            mark = false;
            var window = state.TextLength < ThinPageCharacters ? thinQuiet : _settings.QuietWindow;
            if (state.AwaitedTimers == 0 && NetworkQuietFor() >= window && TimeSpan.FromMilliseconds(state.SinceGrowthMs) >= window)
            {
                return;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task<WatchState> ReadAsync(bool mark, DateTimeOffset started)
    {
        // A document without the watch (a navigation under way, a page that replaced itself) counts as quiet since
        // the wait began: the other conditions and the cap still hold.
        var sinceStart = (DateTimeOffset.UtcNow - started).TotalMilliseconds;
        try
        {
            var state = await _page.EvaluateAsync<double[]?>($"mark => window['{_key}'] ? window['{_key}'](mark) : null", mark);
            return state is [var sinceGrowth, var timers, var text] ? new WatchState(sinceGrowth, (int)timers, (int)text) : new WatchState(sinceStart, 0, ThinPageCharacters);
        }
        catch (PlaywrightException)
        {
            return new WatchState(sinceStart, 0, 0);
        }
    }

    private sealed record WatchState(double SinceGrowthMs, int AwaitedTimers, int TextLength);
}
