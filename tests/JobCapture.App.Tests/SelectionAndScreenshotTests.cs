using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

/// <summary>The text the user selected and the screenshot sent with a capture are kept and shown on the posting's page.</summary>
public class SelectionAndScreenshotTests : ServiceFixture
{
    /// <summary>A 1×1 PNG.</summary>
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    [Test]
    public async Task The_selection_is_shown_on_the_posting_page_and_the_screenshot_is_served_from_it_as_a_png()
    {
        const string selection = "Bake bread from 2 am.";
        var postingId = await CaptureAsync(selection, Png);

        var detail = await Anonymous.GetStringAsync($"/postings/{postingId}");
        var snapshotId = SnapshotIdOfScreenshot(detail);
        using var screenshot = await Anonymous.GetAsync($"/postings/{postingId}?handler=Screenshot&snapshotId={snapshotId}");

        Assert.Multiple(async () =>
        {
            Assert.That(detail, Does.Contain("id=\"selection-text\">" + selection + "</blockquote>"));
            Assert.That(screenshot.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(screenshot.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(await screenshot.Content.ReadAsByteArrayAsync(), Is.EqualTo(Convert.FromBase64String(Png)));
        });
    }

    [Test]
    public async Task A_capture_without_selection_or_screenshot_shows_neither()
    {
        var postingId = await CaptureAsync(selection: null, screenshot: null);

        var detail = await Anonymous.GetStringAsync($"/postings/{postingId}");

        Assert.That(detail, Does.Not.Contain("id=\"selection\"").And.Not.Contain("id=\"screenshot\""));
    }

    [Test]
    public async Task A_screenshot_that_is_not_a_png_is_refused_while_a_png_is_taken()
    {
        var notPng = Convert.ToBase64String("<html><script>alert(1)</script></html>"u8.ToArray());

        using var refused = await PostAsync(selection: null, notPng);
        using var taken = await PostAsync(selection: null, Png);

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("screenshot", out _), Is.True);
            Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        });
    }

    private async Task<long> CaptureAsync(string? selection, string? screenshot)
    {
        using var response = await PostAsync(selection, screenshot);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    private Task<HttpResponseMessage> PostAsync(string? selection, string? screenshot) =>
        Client.PostAsJsonAsync("/api/captures", new
        {
            url = $"https://jobs.example/postings/{Guid.NewGuid():N}",
            title = "A posting",
            html = Captures.NoCallsPage,
            capturedAt = DateTimeOffset.UtcNow,
            source = "extension",
            captureId = Guid.NewGuid().ToString("N"),
            selection,
            screenshot,
        });

    private static string SnapshotIdOfScreenshot(string detail)
    {
        var start = detail.IndexOf("snapshotId=", detail.IndexOf("id=\"screenshot-image\"", StringComparison.Ordinal), StringComparison.Ordinal) + "snapshotId=".Length;
        return new string(detail[start..].TakeWhile(char.IsDigit).ToArray());
    }
}
