using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

/// <summary>What a capture stores is text, without the control characters a hostile page or client can slip in.</summary>
[Category("Threats")]
public class StoredTextTests : ServiceFixture
{
    [Test]
    public async Task Control_characters_in_a_capture_reach_neither_the_posting_nor_the_export()
    {
        var html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Night\u0000 Baker\",\"hiringOrganization\":{\"name\":\"Crumb\u001b[2J Co\"}}</script></head>" +
            "<body><h1>Night\u0000 Baker</h1><p>No phone\u0007 calls, please.</p></body></html>";
        var request = new
        {
            url = "https://jobs.example/night-baker\u0000",
            title = "Night\u0000 Baker\u0085",
            html,
            capturedAt = DateTimeOffset.UtcNow,
            source = "extension",
            captureId = Guid.NewGuid().ToString("N"),
        };

        using var saved = await Client.PostAsJsonAsync("/api/captures", request);
        saved.EnsureSuccessStatusCode();
        var postingId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
        var csv = await Anonymous.GetStringAsync("/export/postings.csv");
        var json = await Anonymous.GetStringAsync("/export/postings.json");
        var analysis = await Client.GetStringAsync($"/api/postings/{postingId}/analysis");

        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.Contain("Night Baker").And.Contain("https://jobs.example/night-baker"));
            Assert.That(HasControlCharacters(csv), Is.False, csv);
            Assert.That(json, Does.Not.Contain("\\u0000").And.Not.Contain("\\u001B").And.Not.Contain("\\u0007"));
            Assert.That(analysis, Does.Not.Contain("\\u0000").And.Not.Contain("\\u0007"));
        });
    }

    private static bool HasControlCharacters(string text) => text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));
}
