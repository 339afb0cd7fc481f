using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace JobCapture.App.Tests;

public class CaptureApiTests : ServiceFixture
{
    [Test]
    public async Task A_capture_is_stored_and_answered_with_the_phone_verdict()
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(body.GetProperty("title").GetString(), Is.EqualTo("Night Baker"));
            Assert.That(body.GetProperty("company").GetString(), Is.EqualTo("Crumb & Co"));
            Assert.That(body.GetProperty("phone").GetProperty("verdict").GetString(), Is.EqualTo("forbidden"));
            Assert.That(body.GetProperty("phone").GetProperty("wording").GetString(), Is.EqualTo("don't call"));
            Assert.That(body.GetProperty("phone").GetProperty("evidence").GetString(), Is.EqualTo("No phone calls, please."));
            Assert.That(body.GetProperty("isNewPosting").GetBoolean(), Is.True);
        });
    }

    private const string SignInForm =
        "<form action=\"/session\" method=\"post\"><h2>Sign in to see this job</h2><input type=\"email\" name=\"email\">"
        + "<input type=\"password\" name=\"password\"><button type=\"submit\">Sign in</button></form>";

    [Test]
    public async Task A_sign_in_wall_is_refused_with_the_reason_and_nothing_is_stored_while_a_posting_with_the_same_form_is()
    {
        var before = await Captures.CountPostingsAsync(Client);

        using var wall = await Client.PostAsJsonAsync("/api/captures", Captures.Request($"<html><head><title>Sign in</title></head><body>{SignInForm}</body></html>"));
        var problem = await wall.Content.ReadFromJsonAsync<JsonElement>();
        var afterWall = await Captures.CountPostingsAsync(Client);
        using var posting = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage.Replace("</body>", SignInForm + "</body>", StringComparison.Ordinal)));
        var afterPosting = await Captures.CountPostingsAsync(Client);

        Assert.Multiple(() =>
        {
            Assert.That(wall.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(wall.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.StartWith("this page asks you to sign in: nothing saved."));
            Assert.That(afterWall, Is.EqualTo(before), "the wall stored nothing");
            Assert.That(posting.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the same form beside a posting is no wall");
            Assert.That(afterPosting, Is.EqualTo(before + 1));
        });
    }

    [Test]
    public async Task The_answer_lists_the_contacts_the_popup_shows()
    {
        var page = "<html><body><h1>Cook</h1><p>Questions? Write to dana.lee@diner.example.</p></body></html>";

        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(page));
        var contacts = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contacts");

        Assert.That(contacts.EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("value").GetString())),
            Does.Contain(("email", "dana.lee@diner.example")));
    }

    [Test]
    public async Task A_stored_capture_appears_in_the_dashboard_list_and_detail_page()
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
        var postingId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();

        var list = await Anonymous.GetStringAsync("/");
        var detail = await Anonymous.GetStringAsync($"/postings/{postingId}");

        Assert.That(list, Does.Contain($"/postings/{postingId}").And.Contain("Night Baker"));
        Assert.That(detail, Does.Contain("verdict-forbidden").And.Contain("No phone calls, please."));
    }

    [Test]
    [Category("Threats")]
    public async Task The_same_capture_id_sent_twice_stores_one_snapshot()
    {
        var request = Captures.Request(Captures.NoCallsPage, captureId: "retry-" + Guid.NewGuid().ToString("N"));

        using var first = await Client.PostAsJsonAsync("/api/captures", request);
        using var second = await Client.PostAsJsonAsync("/api/captures", request);
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        var secondBody = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(secondBody.GetProperty("wasDuplicate").GetBoolean(), Is.True);
            Assert.That(secondBody.GetProperty("snapshotId").GetInt64(), Is.EqualTo(firstBody.GetProperty("snapshotId").GetInt64()));
        });
    }

    [Test]
    public async Task A_second_capture_of_the_same_url_is_a_new_snapshot_of_the_same_posting()
    {
        var url = $"https://jobs.example/postings/{Guid.NewGuid():N}?utm_source=mail";

        using var first = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage, url));
        using var second = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage, url.Replace("mail", "feed", StringComparison.Ordinal)));
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        var secondBody = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(secondBody.GetProperty("isNewPosting").GetBoolean(), Is.False);
            Assert.That(secondBody.GetProperty("postingId").GetInt64(), Is.EqualTo(firstBody.GetProperty("postingId").GetInt64()));
            Assert.That(secondBody.GetProperty("snapshotId").GetInt64(), Is.Not.EqualTo(firstBody.GetProperty("snapshotId").GetInt64()));
        });
    }

    [Test]
    public async Task A_capture_without_html_or_url_is_refused_with_the_reasons()
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", new { url = "not a url", html = "", source = "extension" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body, Does.Contain("url").And.Contain("html"));
    }

    [Test]
    public async Task Lookup_tells_whether_a_page_is_already_saved()
    {
        var url = $"https://jobs.example/postings/{Guid.NewGuid():N}";
        var before = await Client.GetFromJsonAsync<JsonElement>($"/api/postings/lookup?url={Uri.EscapeDataString(url)}");
        using var saved = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage, url));
        var after = await Client.GetFromJsonAsync<JsonElement>($"/api/postings/lookup?url={Uri.EscapeDataString(url + "#apply")}");

        Assert.That(before.GetProperty("saved").GetBoolean(), Is.False);
        Assert.That(after.GetProperty("saved").GetBoolean(), Is.True);
        Assert.That((after.GetProperty("phoneVerdict").GetString(), after.GetProperty("phoneWording").GetString()), Is.EqualTo(("forbidden", "don't call")));
    }

    [Test]
    public async Task Lookup_finds_a_posting_whose_canonical_url_differs_from_the_tab_by_the_tab_url()
    {
        var id = Guid.NewGuid().ToString("N");
        var tab = $"https://jobs.example/search?q=baker&selected={id}";
        var page = Captures.NoCallsPage.Replace("<head>", $"""<head><link rel="canonical" href="https://jobs.example/postings/{id}">""", StringComparison.Ordinal);
        using var saved = await Client.PostAsJsonAsync("/api/captures", Captures.Request(page, tab));
        var postingId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();

        var byTab = await Client.GetFromJsonAsync<JsonElement>($"/api/postings/lookup?url={Uri.EscapeDataString(tab + "&utm_source=feed")}");
        var byCanonical = await Client.GetFromJsonAsync<JsonElement>($"/api/postings/lookup?url={Uri.EscapeDataString($"https://jobs.example/postings/{id}")}");
        var other = await Client.GetFromJsonAsync<JsonElement>($"/api/postings/lookup?url={Uri.EscapeDataString(tab + "x")}");

        Assert.Multiple(() =>
        {
            Assert.That(byTab.GetProperty("postingId").GetInt64(), Is.EqualTo(postingId));
            Assert.That(byCanonical.GetProperty("postingId").GetInt64(), Is.EqualTo(postingId));
            Assert.That(other.GetProperty("saved").GetBoolean(), Is.False);
        });
    }

    [Test]
    [Category("Threats")]
    public async Task Hello_proves_the_service_knows_the_pairing_token()
    {
        var nonce = Guid.NewGuid().ToString("N");
        using var response = await Anonymous.GetAsync($"/api/hello?nonce={nonce}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.ASCII.GetBytes(Token), Encoding.UTF8.GetBytes(nonce)));

        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("service").GetString(), Is.EqualTo("jobcapture"));
            Assert.That(body.GetProperty("proof").GetString(), Is.EqualTo(expected));
            Assert.That(response.Headers.Contains("X-JobCapture-Version"), Is.True);
        });
    }
}
