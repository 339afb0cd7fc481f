using Microsoft.Playwright;

namespace JobCapture.Capture;

/// <summary>
/// Drives Chromium through Playwright and captures each page whole: loaded, settled (<see cref="PageSettling"/>),
/// scrolled to its end, its collapsed description unfolded and its embedded posting frame taken in
/// (<see cref="PageFidelity"/>). The browser is one of three: a headless one launched here (a fresh context per page),
/// one with a persistent profile, or the user's own running browser over CDP (both: pages in its one context, so
/// its sign-ins apply).
/// </summary>
public sealed class PageCapturer : IAsyncDisposable
{
    /// <summary>Flags that keep a headless browser quiet on a closed network and inside containers.</summary>
    public static readonly string[] QuietFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;
    private readonly CaptureSettings _settings;
    private readonly Func<Task<IPage>> _newPage;
    private readonly Func<IPage, Task> _closePage;
    private readonly Func<ValueTask> _close;

    private PageCapturer(IPlaywright playwright, CaptureSettings settings, Func<Task<IPage>> newPage, Func<IPage, Task> closePage, Func<ValueTask> close)
    {
        _playwright = playwright;
        _settings = settings;
        _newPage = newPage;
        _closePage = closePage;
        _close = close;
    }

    /// <summary>A headless browser of our own; every page gets a fresh context (no cookies from the page before).</summary>
    public static Task<PageCapturer> LaunchAsync(string browserPath, CaptureSettings settings) =>
        StartAsync(settings, async playwright =>
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = browserPath, Headless = true, Args = QuietFlags,
            });
            return new PageCapturer(playwright, settings,
                async () => await (await browser.NewContextAsync()).NewPageAsync(),
                page => page.Context.CloseAsync(),
                browser.DisposeAsync);
        });

    /// <summary>A headless browser keeping its profile (cookies, sign-ins) in <paramref name="profileDirectory"/>.</summary>
    public static Task<PageCapturer> LaunchWithProfileAsync(string browserPath, string profileDirectory, CaptureSettings settings) =>
        StartAsync(settings, async playwright =>
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profileDirectory, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = browserPath, Headless = true, Args = QuietFlags,
            });
            return new PageCapturer(playwright, settings, context.NewPageAsync, page => page.CloseAsync(), context.DisposeAsync);
        });

    /// <summary>The user's running Chrome or Chromium, started with --remote-debugging-port: pages open as tabs in its
    /// own context and are closed after; the browser itself is left running.</summary>
    public static Task<PageCapturer> ConnectAsync(string endpoint, CaptureSettings settings) =>
        StartAsync(settings, async playwright =>
        {
            var browser = await playwright.Chromium.ConnectOverCDPAsync(endpoint);
            var context = browser.Contexts.Count > 0 ? browser.Contexts[0] : await browser.NewContextAsync();
            // Closing a browser we connected to only disconnects from it: the user's browser goes on running.
            return new PageCapturer(playwright, settings, context.NewPageAsync, page => page.CloseAsync(), browser.DisposeAsync);
        });

    private static async Task<PageCapturer> StartAsync(CaptureSettings settings, Func<IPlaywright, Task<PageCapturer>> start)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            return await start(playwright);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async Task<CapturedPage> CaptureAsync(string url, CancellationToken cancellationToken = default)
    {
        var page = await _newPage();
        try
        {
            page.SetDefaultNavigationTimeout((float)_settings.NavigationTimeout.TotalMilliseconds);
            var settling = await PageSettling.StartAsync(page, _settings);
            await NavigateAsync(page, url);
            await settling.SettleAsync(cancellationToken);
            var fidelity = new PageFidelity(page, settling, _settings);
            await fidelity.ScrollToEndAsync(cancellationToken);
            await fidelity.UnfoldDescriptionsAsync(cancellationToken);
            await fidelity.TakeInEmbeddedPostingsAsync();
            var screenshot = _settings.Screenshot ? await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false }) : null;
            return new CapturedPage(url, page.Url, await page.TitleAsync(), await page.ContentAsync(), DateTimeOffset.UtcNow, screenshot);
        }
        finally
        {
            await _closePage(page);
        }
    }

    private static async Task NavigateAsync(IPage page, string url)
    {
        // Chromium fails the navigation itself (net::ERR_HTTP_RESPONSE_CODE_FAILURE) on an error status with an empty
        // body; the response seen on the way still tells which status it was.
        IResponse? document = null;
        void Seen(object? sender, IResponse response)
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                document = response;
            }
        }

        page.Response += Seen;
        try
        {
            document = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load }) ?? document;
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("net::ERR_", StringComparison.Ordinal) && document is not { Status: >= 400 })
        {
            throw new PageCaptureException(NetworkError(ex.Message), retryable: true, inner: ex);
        }
        catch (PlaywrightException) when (document is { Status: >= 400 })
        {
        }
        catch (TimeoutException ex)
        {
            throw new PageCaptureException("the page did not load in time", retryable: true, inner: ex);
        }
        finally
        {
            page.Response -= Seen;
        }

        if (document is { Status: >= 400 and var status })
        {
            var retryable = status is 429 or >= 500;
            throw new PageCaptureException($"HTTP {status}", retryable, status, retryable ? RetryAfter(document) : null);
        }
    }

    /// <summary>"net::ERR_CONNECTION_REFUSED at http://…" → "net::ERR_CONNECTION_REFUSED".</summary>
    private static string NetworkError(string message)
    {
        var start = message.IndexOf("net::ERR_", StringComparison.Ordinal);
        var end = message.IndexOfAny([' ', '\n'], start);
        return end < 0 ? message[start..] : message[start..end];
    }

    private static TimeSpan? RetryAfter(IResponse response) =>
        response.Headers.TryGetValue("retry-after", out var value) && int.TryParse(value, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    public async ValueTask DisposeAsync()
    {
        await _close();
        _playwright.Dispose();
    }
}
