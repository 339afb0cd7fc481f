using System.Text.Json;
using Microsoft.Playwright;

namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>
/// Layer 1: headless Chromium with the unpacked extension loaded, a job site serving our posting pages, and the
/// handles the tests need: the extension's id, an extension page to call chrome.* APIs from, and a CDP session.
/// Playwright's .NET API has no service-worker handle, so the worker is found and stopped through CDP.
/// </summary>
public abstract class BrowserFixture
{
    private string _userDataDirectory = "";
    private IPlaywright? _playwright;
    private IBrowserContext? _context;
    private IPage? _controlPage;
    private ICDPSession? _cdp;
    private LoopbackSite? _jobSite;

    /// <summary>A job site's host name outside the extension's host permissions; Chromium resolves it to loopback.</summary>
    protected const string OrdinaryHost = "jobs.example.test";

    /// <summary>A shared JobCapture server's host name, as a user would type it in the options; resolved to loopback.</summary>
    protected const string ServerHost = "jobcapture.server.test";

    /// <summary>A fixture's own Chromium switches.</summary>
    protected virtual IEnumerable<string> BrowserArguments => [];

    /// <summary>The unpacked extension the browser loads: ours, unless a fixture loads a copy with one part taken out
    /// to show that a test fails without it.</summary>
    protected virtual string PrepareExtension() => RepositoryPaths.ExtensionDirectory;

    protected IBrowserContext Context => _context ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>The extension's options page, kept open: chrome.* calls made here run with the extension's rights.</summary>
    protected IPage ControlPage => _controlPage ?? throw new InvalidOperationException("The browser is not started.");

    internal LoopbackSite JobSite => _jobSite ?? throw new InvalidOperationException("The job site is not started.");

    protected string ExtensionId { get; private set; } = "";

    protected string ExtensionUrl(string pathAndQuery) => $"chrome-extension://{ExtensionId}/{pathAndQuery}";

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        var chromium = Chromium.RequirePath();
        var extension = PrepareExtension();
        _userDataDirectory = Directory.CreateTempSubdirectory("jobcapture-browser-").FullName;
        _playwright = await Playwright.CreateAsync();
        _context = await _playwright.Chromium.LaunchPersistentContextAsync(_userDataDirectory, new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-extensions-except=" + extension, "--load-extension=" + extension,
                "--enable-unsafe-extension-debugging", "--host-resolver-rules=MAP " + OrdinaryHost + " 127.0.0.1, MAP " + ServerHost + " 127.0.0.1",
                .. BrowserArguments,
            ],
        });
        _context.SetDefaultTimeout(15_000);
        var blank = _context.Pages.Count > 0 ? _context.Pages[0] : await _context.NewPageAsync();
        _cdp = await _context.NewCDPSessionAsync(blank);
        ExtensionId = await WaitForExtensionIdAsync();
        _controlPage = await _context.NewPageAsync();
        await _controlPage.GotoAsync(ExtensionUrl("options.html"));
        await _controlPage.WaitForSelectorAsync("body[data-ready=true]");
        _jobSite = await LoopbackSite.StartJobSiteAsync();
    }

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (_jobSite is not null)
        {
            await _jobSite.DisposeAsync();
        }

        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        _playwright?.Dispose();
        try
        {
            Directory.Delete(_userDataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile as it exits; a leftover temp folder is harmless.
        }
    }

    /// <summary>Opens a page in a new tab and answers it with the tab id the extension knows it by.</summary>
    protected async Task<(IPage Page, int TabId)> OpenPageAsync(Uri url)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        var tabId = await ControlPage.EvaluateAsync<int>(
            "async url => (await chrome.tabs.query({})).find(tab => tab.url === url).id", url.ToString());
        return (page, tabId);
    }

    /// <summary>Opens the popup for a tab (popup.html?tabId=N) and waits until it has looked up whether it is saved.</summary>
    protected async Task<IPage> OpenPopupAsync(int tabId)
    {
        var popup = await Context.NewPageAsync();
        await popup.GotoAsync(ExtensionUrl($"popup.html?tabId={tabId}"));
        await popup.WaitForSelectorAsync("body[data-lookup]");
        return popup;
    }

    /// <summary>Presses "Save job" in the popup and waits for the outcome (saved, queued or refused).</summary>
    protected static async Task ClickSaveAsync(IPage popup)
    {
        await popup.EvaluateAsync("() => delete document.body.dataset.outcome");
        await popup.ClickAsync("#save");
        await popup.WaitForSelectorAsync("body[data-outcome]");
    }

    protected async Task ConfigureExtensionAsync(Uri serviceAddress, string token)
    {
        await ControlPage.ReloadAsync();
        await ControlPage.WaitForSelectorAsync("body[data-ready=true]");
        await ControlPage.FillAsync("#address", serviceAddress.GetLeftPart(UriPartial.Authority));
        await ControlPage.FillAsync("#token", token);
        await ControlPage.ClickAsync("#save");
        await ControlPage.WaitForSelectorAsync("body[data-status=saved]");
    }

    /// <summary>Grants the extension a host permission as a user does on chrome://extensions (Site access, On specific
    /// sites): headless Chromium cannot click the prompt of chrome.permissions.request, which then answers at once.</summary>
    protected async Task GrantSiteAccessAsync(string originPattern)
    {
        var extensions = await Context.NewPageAsync();
        await extensions.GotoAsync("chrome://extensions");
        await extensions.EvaluateAsync("([id, origin]) => chrome.developerPrivate.addHostPermission(id, origin)", new[] { ExtensionId, originPattern });
        await extensions.CloseAsync();
    }

    protected Task<string> BadgeTextAsync() => ControlPage.EvaluateAsync<string>("() => chrome.action.getBadgeText({})");

    protected Task<string> TabBadgeTextAsync(int tabId) =>
        ControlPage.EvaluateAsync<string>("tabId => chrome.action.getBadgeText({ tabId })", tabId);

    /// <summary>Stops the extension's service worker the way Chrome does when it idles, and waits until it is gone.
    /// An event that arrives meanwhile (a tab update, an alarm) may start the worker again, as it would in Chrome, so
    /// the stop is asked for again every second until the worker is seen gone.</summary>
    protected async Task StopExtensionWorkerAsync()
    {
        await _cdp!.SendAsync("ServiceWorker.enable");
        for (var attempt = 0; attempt < 150 && await ExtensionWorkerTargetAsync() is not null; attempt++)
        {
            if (attempt % 10 == 0)
            {
                await _cdp.SendAsync("ServiceWorker.stopAllWorkers");
            }

            await Task.Delay(100);
        }

        Assert.That(await ExtensionWorkerTargetAsync(), Is.Null, "the extension's service worker should have stopped");
    }

    protected async Task<string?> ExtensionWorkerTargetAsync()
    {
        var targets = await _cdp!.SendAsync("Target.getTargets");
        return targets!.Value.GetProperty("targetInfos").EnumerateArray()
            .Where(target => target.GetProperty("type").GetString() == "service_worker")
            .Select(target => target.GetProperty("url").GetString())
            .FirstOrDefault(url => url is not null && url.StartsWith("chrome-extension://" + ExtensionId + "/", StringComparison.Ordinal));
    }

    private async Task<string> WaitForExtensionIdAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var targets = await _cdp!.SendAsync("Target.getTargets");
            var worker = targets!.Value.GetProperty("targetInfos").EnumerateArray()
                .Select(target => (Type: target.GetProperty("type").GetString(), Url: target.GetProperty("url").GetString() ?? ""))
                .FirstOrDefault(target => target.Type == "service_worker" && target.Url.StartsWith("chrome-extension://", StringComparison.Ordinal));
            // FirstOrDefault on a tuple gives (null, null) while the worker is not yet listed, so test for null first.
            if (!string.IsNullOrEmpty(worker.Url))
            {
                return new Uri(worker.Url).Host;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The extension's service worker did not start: was the extension loaded?");
    }

    /// <summary>Attaches a full-page screenshot to the running test's results.</summary>
    protected static async Task AttachScreenshotAsync(IPage page, string fileName, string description)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, fileName);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, description);
    }

    protected static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
