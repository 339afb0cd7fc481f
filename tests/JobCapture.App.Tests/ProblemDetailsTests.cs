using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using JobCapture.App.Hosting;
using JobCapture.App.Security;

namespace JobCapture.App.Tests;

/// <summary>Every refused or failed request is answered with problem details (RFC 9457) and the right status.</summary>
[Category("Threats")]
public class ProblemDetailsTests : ServiceFixture
{
    protected override ServiceOptions Configure(ServiceOptions options) =>
        options with { CaptureLimits = new CaptureLimitOptions(Concurrent: 1, Queued: 0, Burst: 1000, PerMinute: 1000) };

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Test]
    public async Task A_foreign_host_is_answered_421_problem_details()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/postings");
        request.Headers.Host = "evil.example";

        using var response = await Client.SendAsync(request);

        await Problems.AssertProblemAsync(response, HttpStatusCode.MisdirectedRequest);
    }

    [Test]
    public async Task A_missing_token_is_answered_401_problem_details()
    {
        using var response = await Anonymous.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_web_origin_is_answered_403_problem_details()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/captures") { Content = JsonContent.Create(Captures.Request(Captures.NoCallsPage)) };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await Client.SendAsync(request);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_cross_site_dashboard_form_is_answered_403_problem_details()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/referrals") { Content = new FormUrlEncodedContent([new("name", "x")]) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await Anonymous.SendAsync(request);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_form_body_is_answered_415_problem_details()
    {
        using var content = new FormUrlEncodedContent([new("url", "https://jobs.example/1")]);

        using var response = await Client.PostAsync("/api/captures", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task A_gzip_body_is_answered_415_problem_details()
    {
        using var content = new ByteArrayContent([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await Client.PostAsync("/api/captures", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task An_oversized_body_is_answered_413_problem_details()
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request("<p>" + new string('x', 16 * 1024 * 1024) + "</p>"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task An_unknown_posting_is_answered_404_problem_details()
    {
        using var response = await Client.GetAsync("/api/postings/987654321/analysis");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_hello_without_a_nonce_is_answered_400_problem_details()
    {
        using var response = await Anonymous.GetAsync("/api/hello");

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Malformed_json_is_answered_400_problem_details()
    {
        using var response = await Client.PostAsync("/api/captures", Json("""{"url": "https://jobs.example/1", "html": """));

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_value_of_the_wrong_type_is_answered_400_naming_the_field()
    {
        using var response = await Client.PostAsync("/api/captures",
            Json("""{"url": "https://jobs.example/1", "html": "<p>x</p>", "source": "extension", "capturedAt": 42}"""));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("capturedAt"));
        Assert.That(problem.GetProperty("errors").TryGetProperty("capturedAt", out _), Is.True);
    }

    [TestCase("file:///etc/passwd")]
    [TestCase("/jobs/1")]
    [TestCase("javascript:alert(1)")]
    [TestCase("ftp://jobs.example/1")]
    public async Task Only_an_absolute_http_url_is_accepted(string url)
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage, url));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("url", out _), Is.True);
    }

    [Test]
    public async Task A_burst_is_answered_429_problem_details_with_retry_after()
    {
        // The service reads a capture's whole body before the capture takes its slot, so nothing but overlapping work
        // can fill the slot: on a busy machine eight captures may still be served one after another, so the burst is
        // sent again (bodies made beforehand, so they leave together) until one is refused, a few times at most.
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Lift and sort parcels on the night shift.</p>", 20_000)) + "</body></html>";
        HttpResponseMessage? refused = null;
        for (var burst = 0; burst < MaxBursts && refused is null; burst++)
        {
            var bodies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => JsonContent.Create(Captures.Request(page)).ReadAsByteArrayAsync()));
            var responses = await Task.WhenAll(bodies.Select(body => Client.PostAsync("/api/captures", JsonBody(body))));
            refused = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            foreach (var response in responses.Where(r => r != refused))
            {
                response.Dispose();
            }
        }

        using (refused)
        {
            Assert.That(refused, Is.Not.Null, $"one capture at a time and no queue: one of {MaxBursts} bursts of eight must see 429");
            await Problems.AssertProblemAsync(refused!, HttpStatusCode.TooManyRequests);
            Assert.That(refused!.Headers.RetryAfter, Is.Not.Null);
        }
    }

    private const int MaxBursts = 5;

    private static ByteArrayContent JsonBody(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
