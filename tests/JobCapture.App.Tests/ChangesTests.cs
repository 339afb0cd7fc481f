using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

public class ChangesTests : ServiceFixture
{
    private async Task<long> CaptureAsync(string url, string body)
    {
        var html = $"<html><body><h1>Night Baker</h1><p>Bake bread from 2 am.</p><p>{body}</p></body></html>";
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(html, url));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    [Test]
    public async Task A_recaptured_posting_whose_text_changed_shows_the_words_and_the_verdict_that_changed()
    {
        var url = $"https://jobs.example/changes/{Guid.NewGuid():N}";
        var id = await CaptureAsync(url, "No phone calls, please.");
        Assert.That(await CaptureAsync(url, "Questions? Feel free to call us on 020 7946 0000."), Is.EqualTo(id));

        var detail = await Anonymous.GetStringAsync($"/postings/{id}");
        var changes = await Anonymous.GetStringAsync($"/postings/{id}/changes");

        Assert.That(detail, Does.Contain($"/postings/{id}/changes?from="));
        Assert.That(changes, Does.Contain("<del>No phone calls, please.</del>").Or.Contain("<del>No"));
        Assert.That(changes, Does.Contain("<ins>").And.Contain("Feel"));
        Assert.That(changes, Does.Contain("Phone: forbidden → <strong>"));
        Assert.That(changes, Does.Contain("Bake bread from 2 am."), "unchanged text is shown as it is");
    }

    [Test]
    public async Task A_posting_captured_once_has_no_changes()
    {
        var id = await CaptureAsync($"https://jobs.example/changes/{Guid.NewGuid():N}", "No phone calls, please.");

        var changes = await Anonymous.GetStringAsync($"/postings/{id}/changes");

        Assert.That(changes, Does.Contain("id=\"text-unchanged\"").And.Contain("No verdict changed.").And.Not.Contain("<ins>"));
    }

    [Test]
    [Category("Threats")]
    public async Task Another_postings_snapshot_is_never_shown_in_the_comparison()
    {
        var own = await CaptureAsync($"https://jobs.example/changes/{Guid.NewGuid():N}", "No phone calls, please.");
        var html = "<html><body><h1>Secret Role</h1><p>Xylophonist wanted.</p></body></html>";
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(html));
        var otherSnapshot = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("snapshotId").GetInt64();

        var mixed = await Anonymous.GetStringAsync($"/postings/{own}/changes?from={otherSnapshot}");
        var itself = await Anonymous.GetStringAsync($"/postings/{own}/changes?to={otherSnapshot}");
        using var unknown = await Anonymous.GetAsync("/postings/987654/changes");

        Assert.That(mixed + itself, Does.Not.Contain("Xylophonist"));
        Assert.That(mixed, Does.Contain("id=\"text-unchanged\""));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
