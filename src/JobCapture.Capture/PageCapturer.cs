using Microsoft.Playwright;

namespace JobCapture.Capture;

/// <summary>A page as the browser rendered it. <see cref="Status"/>: the HTTP status of the main document, when the
/// navigation had a response.</summary>
public sealed record CapturedPage(string RequestedUrl, string Url, string Title, string Html, DateTimeOffset CapturedAt, byte[]? Screenshot, int? Status);

public sealed record CaptureSettings
{
    public required string BrowserPath { get; init; }
    public TimeSpan NavigationTimeout { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>How long to wait for script-rendered job boards to settle after load.</summary>
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromSeconds(8);
    public bool Screenshot { get; init; }
}

/// <summary>Drives headless Chromium through Playwright: one browser for many pages, a fresh context per page.</summary>
public sealed class PageCapturer : IAsyncDisposable
{
    /// <summary>Flags that keep a headless browser quiet on a closed network and inside containers.</summary>
    public static readonly string[] QuietFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly CaptureSettings _settings;

    private PageCapturer(IPlaywright playwright, IBrowser browser, CaptureSettings settings)
    {
        _playwright = playwright;
        _browser = browser;
        _settings = settings;
    }

    public static async Task<PageCapturer> LaunchAsync(CaptureSettings settings)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = settings.BrowserPath,
                Headless = true,
                Args = QuietFlags,
            });
            return new PageCapturer(playwright, browser, settings);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async Task<CapturedPage> CaptureAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultNavigationTimeout((float)_settings.NavigationTimeout.TotalMilliseconds);
        var documentStatus = DocumentStatus(page);
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }
        catch (PlaywrightException) when (documentStatus.Task is { IsCompleted: true, Result: >= 400 } failed)
        {
            // Chromium shows its own error page for an error status with an empty body: there is no page to keep.
            return new CapturedPage(url, page.Url, "", "", DateTimeOffset.UtcNow, null, failed.Result);
        }

        await SettleAsync(page);
        cancellationToken.ThrowIfCancellationRequested();
        var screenshot = _settings.Screenshot ? await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false }) : null;
        return new CapturedPage(url, page.Url, await page.TitleAsync(), await page.ContentAsync(), DateTimeOffset.UtcNow, screenshot, response?.Status);
    }

    /// <summary>The status of the page's main document, once its response arrives.</summary>
    private static TaskCompletionSource<int> DocumentStatus(IPage page)
    {
        var status = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                status.TrySetResult(response.Status);
            }
        };
        return status;
    }

    /// <summary>Waits for network quiet, but only so long: some boards poll forever.</summary>
    private async Task SettleAsync(IPage page)
    {
        try
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions
            {
                Timeout = (float)_settings.SettleTimeout.TotalMilliseconds,
            });
        }
        catch (TimeoutException)
        {
            // The page is loaded; what it still fetches is usually tracking, not the posting.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
