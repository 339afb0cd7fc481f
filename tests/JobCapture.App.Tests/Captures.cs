using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

/// <summary>Capture requests as the extension sends them, with unique URLs and capture ids per call.</summary>
internal static class Captures
{
    public static object Request(string html, string? url = null, string? captureId = null) => new
    {
        url = url ?? $"https://jobs.example/postings/{Guid.NewGuid():N}",
        title = "A posting",
        html,
        capturedAt = DateTimeOffset.UtcNow,
        source = "extension",
        captureId = captureId ?? Guid.NewGuid().ToString("N"),
    };

    public const string NoCallsPage = """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@type":"JobPosting","title":"Night Baker","hiringOrganization":{"name":"Crumb &amp; Co"}}
        </script></head><body><h1>Night Baker</h1><p>Bake bread from 2 am.</p><p>No phone calls, please.</p></body></html>
        """;

    public static async Task<int> CountPostingsAsync(HttpClient authorized)
    {
        var list = await authorized.GetFromJsonAsync<JsonElement>("/api/postings");
        return list.GetArrayLength();
    }
}
