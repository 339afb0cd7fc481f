using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

public class StatsTests : ServiceFixture
{
    [OneTimeSetUp]
    public async Task SaveAPostingThatForbidsCalls()
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
        response.EnsureSuccessStatusCode();
    }

    [Test]
    public async Task The_stats_page_draws_its_charts_as_inline_svg_with_text_alternatives()
    {
        var page = await Anonymous.GetStringAsync("/stats");

        Assert.That(page, Does.Contain("<svg id=\"funnel\"").And.Contain("role=\"img\""));
        Assert.That(page, Does.Contain("<title id=\"funnel-title\">").And.Contain("<desc id=\"funnel-desc\">saved: 1; applied: 0"));
        Assert.That(page, Does.Contain("id=\"applications-per-week\"").And.Contain("id=\"follow-ups-per-week\"").And.Contain("id=\"follow-ups-by-channel\""));
        Assert.That(page, Does.Not.Contain("<script").And.Not.Contain("<img"));
    }

    [Test]
    public async Task The_api_gives_the_same_figures_as_json_with_the_token()
    {
        var stats = await Client.GetFromJsonAsync<JsonElement>("/api/stats");
        var page = await Anonymous.GetStringAsync("/stats");

        Assert.That(stats.GetProperty("funnel").GetProperty("saved").GetInt32(), Is.EqualTo(1));
        Assert.That(stats.GetProperty("postingsForbiddingCalls").GetInt32(), Is.EqualTo(1));
        Assert.That(stats.GetProperty("weeks").GetArrayLength(), Is.EqualTo(12));
        Assert.That(page, Does.Contain("id=\"forbidding-calls\">1 of 1<"));
    }

    [Test]
    [Category("Threats")]
    public async Task The_stats_api_refuses_a_caller_without_the_token()
    {
        using var response = await Anonymous.GetAsync("/api/stats");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
