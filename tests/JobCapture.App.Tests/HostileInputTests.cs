using System.Net;
using System.Net.Http.Json;
using System.Text;
using JobCapture.App.Hosting;
using JobCapture.App.Security;

namespace JobCapture.App.Tests;

/// <summary>Pages built to hurt the service: it answers each with a clear status and stays healthy.</summary>
[Category("Threats")]
public class HostileInputTests : ServiceFixture
{
    protected override ServiceOptions Configure(ServiceOptions options) =>
        options with { CaptureLimits = new CaptureLimitOptions(Concurrent: 1, Queued: 2, Burst: 1000, PerMinute: 1000) };

    [Test]
    public async Task Two_hundred_thousand_nested_elements_leave_the_service_healthy()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 200_000).Append("No phone calls, please.").Insert(html.Length, "</div>", 200_000);

        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(html.ToString()));
        using var health = await Anonymous.GetAsync("/api/health");

        Assert.That((int)response.StatusCode, Is.AnyOf(201, 503), "stored, or refused as too slow to analyse");
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_fourteen_megabyte_text_node_is_stored_and_the_service_stays_healthy()
    {
        var html = "<html><body><p>" + new string('a', 14 * 1000 * 1000) + "</p><p>No phone calls, please.</p></body></html>";

        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(html));
        using var health = await Anonymous.GetAsync("/api/health");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_gzip_encoded_body_is_refused_not_inflated()
    {
        using var content = new ByteArrayContent(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0 });
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await Client.PostAsync("/api/captures", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    [Test]
    public async Task A_burst_of_captures_gets_429s_while_health_keeps_answering()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Lift and sort parcels on the night shift.</p>", 20_000)) + "</body></html>";
        var captures = Enumerable.Range(0, 16).Select(_ => Client.PostAsJsonAsync("/api/captures", Captures.Request(page))).ToList();
        using var health = await Anonymous.GetAsync("/api/health");
        var statuses = (await Task.WhenAll(captures)).Select(r => (int)r.StatusCode).ToList();

        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(statuses, Has.Some.EqualTo(429));
        Assert.That(statuses, Has.Some.EqualTo(201));
        Assert.That(statuses, Has.All.AnyOf(201, 429));
    }
}
