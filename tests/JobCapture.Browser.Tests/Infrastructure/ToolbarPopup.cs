using System.Text.Json;
using Microsoft.Playwright;

namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>
/// The extension's real popup, opened the way a user opens it: a click on the toolbar button of a tab (CDP's
/// Extensions.triggerAction, which Chromium allows with --enable-unsafe-extension-debugging over Playwright's pipe).
/// The click grants the extension activeTab on that tab. Playwright does not attach to extension popups, so the popup
/// is driven over a CDP session of its own.
/// </summary>
internal sealed class ToolbarPopup
{
    private readonly ICDPSession _browser;
    private readonly string _sessionId;
    private int _nextMessageId;

    private ToolbarPopup(ICDPSession browser, string sessionId) => (_browser, _sessionId) = (browser, sessionId);

    /// <summary>Clicks the toolbar button on the tab showing <paramref name="url"/> and attaches to the popup it opens.</summary>
    public static async Task<ToolbarPopup> OpenAsync(IBrowserContext context, string extensionId, Uri url)
    {
        var browser = await context.Browser!.NewBrowserCDPSessionAsync();
        var tab = await FindTargetAsync(browser, "tab", target => target == url.ToString())
            ?? throw new InvalidOperationException("No tab shows " + url);
        await browser.SendAsync("Extensions.triggerAction", new() { ["id"] = extensionId, ["targetId"] = tab });

        string? popup = null;
        for (var attempt = 0; attempt < 100 && popup is null; attempt++)
        {
            popup = await FindTargetAsync(browser, "page", target => target == $"chrome-extension://{extensionId}/popup.html");
            await Task.Delay(popup is null ? 50 : 0);
        }

        var attached = await browser.SendAsync("Target.attachToTarget", new() { ["targetId"] = popup ?? throw new InvalidOperationException("The popup did not open"), ["flatten"] = false });
        return new ToolbarPopup(browser, attached!.Value.GetProperty("sessionId").GetString()!);
    }

    /// <summary>Waits for the popup's look-up, presses "Save job", waits for the outcome and reads what it shows.</summary>
    public async Task<(string Outcome, string Title, string Phone)> SaveAsync()
    {
        var shown = Json(await EvaluateAsync("""
            (async () => {
              const until = async (ready) => { while (!ready()) await new Promise(resolve => setTimeout(resolve, 50)); };
              // The popup may still be parsing when we attach: its body may not exist yet.
              await until(() => document.body?.dataset.lookup);
              document.getElementById("save").click();
              await until(() => document.body.dataset.outcome);
              const text = (id) => document.getElementById(id).textContent;
              return JSON.stringify({ outcome: document.body.dataset.outcome, title: text("posting-title"), phone: text("phone") });
            })()
            """));
        return (shown.GetProperty("outcome").GetString()!, shown.GetProperty("title").GetString()!, shown.GetProperty("phone").GetString()!);
    }

    /// <summary>Runtime.evaluate in the popup, through the browser session (Target.sendMessageToTarget).</summary>
    private async Task<string> EvaluateAsync(string expression)
    {
        var id = Interlocked.Increment(ref _nextMessageId);
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _browser.Event("Target.receivedMessageFromTarget").OnEvent += (_, received) =>
        {
            var text = received!.Value.GetProperty("message").GetString()!;
            var message = Json(text);
            if (!message.TryGetProperty("id", out var answered) || answered.GetInt32() != id)
            {
                return;
            }

            if (message.TryGetProperty("result", out var result) && !result.TryGetProperty("exceptionDetails", out JsonElement _)
                && result.GetProperty("result").TryGetProperty("value", out var value))
            {
                answer.TrySetResult(value.GetString()!);
            }
            else
            {
                answer.TrySetException(new InvalidOperationException("The popup could not run the script: " + text));
            }
        };
        var request = JsonSerializer.Serialize(new { id, method = "Runtime.evaluate", @params = new { expression, awaitPromise = true, returnByValue = true } });
        await _browser.SendAsync("Target.sendMessageToTarget", new() { ["sessionId"] = _sessionId, ["message"] = request });
        // Generous: the save includes the service analysing the page, on a machine that may be running other tests.
        return await answer.Task.WaitAsync(TimeSpan.FromSeconds(45));
    }

    private static async Task<string?> FindTargetAsync(ICDPSession browser, string type, Func<string, bool> url)
    {
        var targets = await browser.SendAsync("Target.getTargets", new() { ["filter"] = new[] { new Dictionary<string, object> { ["type"] = type } } });
        return targets!.Value.GetProperty("targetInfos").EnumerateArray()
            .Where(target => target.GetProperty("type").GetString() == type && url(target.GetProperty("url").GetString() ?? ""))
            .Select(target => target.GetProperty("targetId").GetString())
            .FirstOrDefault();
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
