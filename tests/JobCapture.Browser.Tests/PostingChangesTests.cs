using System.Net.Http.Headers;
using System.Net.Http.Json;
using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>A posting captured twice, and the page that shows what changed, in a real Chromium.</summary>
[TestFixture]
public sealed class PostingChangesTests : ServiceFixture
{
    [Test]
    public async Task The_changes_page_marks_the_words_that_changed_between_two_snapshots()
    {
        using var client = new HttpClient { BaseAddress = ServiceAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        long id = 0;
        foreach (var body in (string[])["Bake bread from 2 am. No phone calls, please.", "Bake bread and cakes from 4 am. Feel free to call us on 020 7946 0000."])
        {
            using var response = await client.PostAsJsonAsync("/api/captures", new
            {
                url = "https://jobs.example/recaptured", title = "Recaptured Baker", html = $"<h1>Recaptured Baker</h1><p>{body}</p>",
                capturedAt = DateTimeOffset.UtcNow, source = "extension",
            });
            id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("postingId").GetInt64();
        }

        var detail = await Context.NewPageAsync();
        await detail.GotoAsync(new Uri(ServiceAddress, $"/postings/{id}").ToString());
        await detail.ClickAsync("text=what changed since");
        await detail.WaitForSelectorAsync("#text-diff");

        Assert.That(await detail.Locator("#text-diff ins").AllInnerTextsAsync(), Has.Some.Contains("cakes"));
        Assert.That(await detail.Locator("#text-diff del").AllInnerTextsAsync(), Has.Some.Contains("2"));
        Assert.That(await detail.InnerTextAsync("#verdict-changes"), Does.Contain("Phone: forbidden →"));
        await AttachScreenshotAsync(detail, "dashboard-changes.png", "What changed between two snapshots of a posting");
    }
}
