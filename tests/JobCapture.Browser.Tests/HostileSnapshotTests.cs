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
/// Captured pages are written by strangers. Each hostile page below would call a marker server if any of its
/// tricks ran; shown in the dashboard's sandboxed frame on the snapshot origin, none may fire, and nothing in the
/// frame may reach the API.
/// </summary>
[TestFixture]
[Category("Threats")]
public sealed class HostileSnapshotTests : ServiceFixture
{
    private readonly ConcurrentBag<string> _markerHits = [];
    private LoopbackSite _markers = null!;

    private string Marker(string name) => new Uri(_markers.BaseAddress, "/marker/" + name).ToString();

    [OneTimeSetUp]
    public async Task StartMarkerServerAsync() =>
        _markers = await LoopbackSite.StartAsync(app => app.Map("/marker/{name}", (string name) =>
        {
            _markerHits.Add(name);
            return Results.Text("hit");
        }));

    [SetUp]
    public void ForgetEarlierHits() => _markerHits.Clear();

    [OneTimeTearDown]
    public async Task StopMarkerServerAsync() => await _markers.DisposeAsync();

    private Dictionary<string, string> HostilePages() => new()
    {
        ["script-tag"] = $"<p>Job</p><script>fetch('{Marker("script")}'); new Image().src='{Marker("script-image")}';</script>",
        ["img-onerror"] = $"<img src=\"x.png\" onerror=\"new Image().src='{Marker("onerror")}'\">",
        ["svg-onload"] = $"<svg onload=\"location='{Marker("svg")}'\"><circle r=\"5\"/></svg>",
        ["javascript-link"] = $"<a id=\"trap\" href=\"javascript:location='{Marker("javascript-link")}'\">Apply here</a>",
        ["meta-refresh"] = $"<meta http-equiv=\"refresh\" content=\"0;url={Marker("meta-refresh")}\"><p>Moving…</p>",
        ["nested-srcdoc"] = $"<iframe srcdoc=\"&lt;script&gt;top.location='{Marker("srcdoc")}'&lt;/script&gt;&lt;img src='{Marker("srcdoc-image")}'&gt;\"></iframe>",
        ["base-tag"] = $"<base href=\"{Marker("base/")}\"><img src=\"pixel.png\"><link rel=\"stylesheet\" href=\"style.css\">",
        ["form"] = $"<form id=\"trap\" action=\"{Marker("form")}\" method=\"post\"><input name=\"q\" value=\"1\"><button id=\"submit\">Send</button></form>",
        ["api-fetch"] = $"<script>fetch('{ServiceAddress}api/postings').then(r => r.text()).then(t => fetch('{Marker("api-read")}?' + t.length));</script>",
    };

    [TestCaseSource(nameof(PageNames))]
    public async Task A_hostile_snapshot_in_the_dashboard_runs_nothing(string name)
    {
        var postingId = await CaptureAsync(name, HostilePages()[name]);
        var dashboard = await Context.NewPageAsync();
        var dialogs = 0;
        dashboard.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await dashboard.GotoAsync($"{ServiceAddress}postings/{postingId}");
        var frameElement = await dashboard.WaitForSelectorAsync("#snapshot-frame");
        var frame = await frameElement!.ContentFrameAsync();
        Assert.That(frame, Is.Not.Null);
        await TryClickAsync(frame!, "#trap");
        await TryClickAsync(frame!, "#submit");
        await dashboard.WaitForTimeoutAsync(1500);

        Assert.Multiple(() =>
        {
            Assert.That(_markerHits, Is.Empty, "a marker fired");
            Assert.That(dashboard.Url, Is.EqualTo($"{ServiceAddress}postings/{postingId}"));
            Assert.That(dialogs, Is.Zero);
            Assert.That(new Uri(frame!.Url).Port, Is.Not.EqualTo(ServiceAddress.Port), "the snapshot must come from its own origin");
        });
        await dashboard.CloseAsync();
    }

    [Test]
    public async Task A_fetch_to_the_api_from_the_snapshot_frame_fails()
    {
        var postingId = await CaptureAsync("probe", "<p>A posting.</p>");
        var dashboard = await Context.NewPageAsync();
        await dashboard.GotoAsync($"{ServiceAddress}postings/{postingId}");
        var frame = await (await dashboard.WaitForSelectorAsync("#snapshot-frame"))!.ContentFrameAsync();

        // Playwright's evaluation runs even where the page's own scripts may not: it stands for the worst case of a
        // script that did run. The frame has an opaque origin and no token, so the API refuses it.
        var outcome = await frame!.EvaluateAsync<string>(
            $"() => fetch('{ServiceAddress}api/postings', {{ headers: {{ 'Content-Type': 'application/json' }} }}).then(r => 'status ' + r.status, e => 'blocked')");

        Assert.That(outcome, Is.Not.EqualTo("status 200"));
        await dashboard.CloseAsync();
    }

    [Test]
    public async Task The_snapshot_origin_sends_a_sandbox_policy_and_nosniff()
    {
        var postingId = await CaptureAsync("headers", "<p>A posting.</p>");
        var dashboard = await Context.NewPageAsync();
        await dashboard.GotoAsync($"{ServiceAddress}postings/{postingId}");
        var src = await dashboard.GetAttributeAsync("#snapshot-frame", "src");
        var sandbox = await dashboard.GetAttributeAsync("#snapshot-frame", "sandbox");

        using var client = new HttpClient();
        using var response = await client.GetAsync(src);

        Assert.Multiple(() =>
        {
            Assert.That(sandbox, Is.Not.Null, "the iframe carries the sandbox attribute");
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("sandbox;").And.Contain("default-src 'none'"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        });
        await dashboard.CloseAsync();
    }

    private static IEnumerable<string> PageNames() =>
        ["script-tag", "img-onerror", "svg-onload", "javascript-link", "meta-refresh", "nested-srcdoc", "base-tag", "form", "api-fetch"];

    private async Task<long> CaptureAsync(string name, string body)
    {
        using var client = new HttpClient { BaseAddress = ServiceAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.PostAsJsonAsync("/api/captures", new
        {
            url = $"https://hostile.example/{name}/{Guid.NewGuid():N}",
            title = name,
            html = $"<html><head><title>{name}</title></head><body><h1>Hostile {name}</h1>{body}</body></html>",
            source = "extension",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    private static async Task TryClickAsync(IFrame frame, string selector)
    {
        if (await frame.QuerySelectorAsync(selector) is { } element)
        {
            await element.ClickAsync(new ElementHandleClickOptions { Timeout = 2000 });
        }
    }
}
