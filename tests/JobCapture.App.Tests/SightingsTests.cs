using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

/// <summary>The same job captured from a job board and from the employer's careers site, over real HTTP: one posting
/// with two sightings, the answer saying it joined, the dashboard showing where it was seen.</summary>
public class SightingsTests : ServiceFixture
{
    private const string BoardUrl = "https://www.linkedin.com/jobs/view/4012345678";
    private const string CareersUrl = "https://careers.harbor.example/jobs/dock-supervisor";

    private static string Page(string company, string location) => $$"""
        <html><head><script type="application/ld+json">
        {"@type":"JobPosting","title":"Dock Supervisor","hiringOrganization":{"name":"{{company}}"},"jobLocation":{"address":{"addressLocality":"{{location}}"} } }
        </script></head><body><h1>Dock Supervisor</h1><p>Run the night shift at the container dock.</p></body></html>
        """;

    private async Task<JsonElement> CaptureAsync(string url, string html, HttpStatusCode expected)
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(html, url));
        Assert.That(response.StatusCode, Is.EqualTo(expected), url);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Test]
    public async Task The_same_job_from_a_board_and_the_careers_site_is_one_posting_with_two_sightings()
    {
        var fromBoard = await CaptureAsync(BoardUrl, Page("Harbor Freight Lines GmbH", "Rotterdam"), HttpStatusCode.Created);
        var fromCareers = await CaptureAsync(CareersUrl, Page("Harbor Freight Lines", "Rotterdam"), HttpStatusCode.OK);
        var boardAgain = await CaptureAsync(BoardUrl + "?trk=public_jobs", Page("Harbor Freight Lines GmbH", "Rotterdam"), HttpStatusCode.OK);
        var otherCity = await CaptureAsync("https://careers.harbor.example/jobs/dock-supervisor-antwerp", Page("Harbor Freight Lines", "Antwerp"), HttpStatusCode.Created);
        var postingId = fromBoard.GetProperty("postingId").GetInt64();

        var sightings = await Client.GetFromJsonAsync<JsonElement>($"/api/postings/{postingId}/sightings");

        Assert.Multiple(() =>
        {
            Assert.That(fromBoard.GetProperty("joinedPosting").GetBoolean(), Is.False);
            Assert.That(fromCareers.GetProperty("postingId").GetInt64(), Is.EqualTo(postingId));
            Assert.That(fromCareers.GetProperty("joinedPosting").GetBoolean(), Is.True, "the careers page joined the posting saved from the board");
            Assert.That((boardAgain.GetProperty("postingId").GetInt64(), boardAgain.GetProperty("joinedPosting").GetBoolean()), Is.EqualTo((postingId, false)),
                "the board captured again is a new snapshot, as before");
            Assert.That(otherCity.GetProperty("postingId").GetInt64(), Is.Not.EqualTo(postingId), "another city is another job");
            Assert.That(sightings.EnumerateArray().Select(s => (s.GetProperty("url").GetString(), s.GetProperty("site").GetString())),
                Is.EqualTo(new[] { (BoardUrl, "LinkedIn"), (CareersUrl, "careers.harbor.example") }));
        });
    }

    [Test]
    public async Task The_postings_page_lists_where_it_was_seen_and_the_list_counts_the_sites()
    {
        var fromBoard = await CaptureAsync("https://www.linkedin.com/jobs/view/4099999999", Page("Quay Logistics", "Hamburg"), HttpStatusCode.Created);
        await CaptureAsync("https://jobs.quay.example/dock-supervisor", Page("Quay Logistics AG", "Hamburg"), HttpStatusCode.OK);
        var single = await CaptureAsync("https://jobs.quay.example/dock-supervisor-kiel", Page("Quay Logistics", "Kiel"), HttpStatusCode.Created);
        var (postingId, singleId) = (fromBoard.GetProperty("postingId").GetInt64(), single.GetProperty("postingId").GetInt64());

        var detail = await Anonymous.GetStringAsync($"/postings/{postingId}");
        var list = await Anonymous.GetStringAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(detail, Does.Contain("id=\"seen-on\"").And.Contain("LinkedIn").And.Contain("jobs.quay.example")
                .And.Contain("href=\"https://www.linkedin.com/jobs/view/4099999999\"").And.Contain("href=\"https://jobs.quay.example/dock-supervisor\""));
            Assert.That(Row(list, postingId), Does.Contain("seen on 2 sites"));
            Assert.That(Row(list, singleId), Does.Not.Contain("seen on"), "a posting seen in one place shows no count");
        });
    }

    private static string Row(string list, long postingId)
    {
        var start = list.IndexOf($"data-posting=\"{postingId}\"", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), $"posting {postingId} is listed");
        return list[start..list.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
