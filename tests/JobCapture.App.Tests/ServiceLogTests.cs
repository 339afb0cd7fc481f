using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

/// <summary>The log says what happened (requests, captures) and never what the user saved or the token.</summary>
public class ServiceLogTests : ServiceFixture
{
    private const string PageText = "Knead the sourdough at dawn in Quillfield";

    [Test]
    public async Task After_one_capture_the_log_holds_a_request_line_and_a_capture_line_and_neither_the_token_nor_page_text()
    {
        var html = $"<html><head><title>Sourdough Baker at Quillfield</title></head><body><h1>Sourdough Baker</h1><p>{PageText}.</p><p>No phone calls, please.</p></body></html>";
        using var saved = await Client.PostAsJsonAsync("/api/captures", Captures.Request(html));
        var postingId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
        // A token pasted into a query string must not reach the log either.
        using var withQuery = await Client.GetAsync($"/api/postings?access_token={Token}&q=Quillfield");

        var log = await ServiceLogs.WaitForAsync(DataDirectory, "HTTP GET /api/postings responded 200");

        Assert.Multiple(() =>
        {
            Assert.That(log, Does.Match(@"HTTP POST /api/captures responded 201 in \d+ ms"));
            Assert.That(log, Does.Match($@"Captured posting {postingId} \(new\), statements \[NoCalls\], in \d+ ms"));
            Assert.That(log, Does.Not.Contain(Token));
            Assert.That(log, Does.Not.Contain("Quillfield"));
            Assert.That(log, Does.Not.Contain("sourdough").IgnoreCase);
        });
    }
}
