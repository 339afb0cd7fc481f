using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace JobCapture.App.Tests;

/// <summary>Every refused request is answered with the right status and stores nothing.</summary>
[Category("Threats")]
public class RefusedRequestTests : ServiceFixture
{
    private static string Json(object value) => JsonSerializer.Serialize(value);

    [Test]
    public async Task A_wrong_token_is_answered_401_and_nothing_is_stored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/captures")
        {
            Content = new StringContent(Json(Captures.Request(Captures.NoCallsPage)), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token[..^1] + (Token[^1] == 'A' ? 'B' : 'A'));

        using var response = await Anonymous.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await Captures.CountPostingsAsync(Client), Is.Zero);
    }

    [Test]
    public async Task A_missing_token_is_answered_401()
    {
        using var response = await Anonymous.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await Captures.CountPostingsAsync(Client), Is.Zero);
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("multipart/form-data; boundary=x")]
    public async Task A_body_that_is_not_json_is_answered_415_and_nothing_is_stored(string contentType)
    {
        using var content = new StringContent(Json(Captures.Request(Captures.NoCallsPage)));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await Client.PostAsync("/api/captures", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(await Captures.CountPostingsAsync(Client), Is.Zero);
    }

    [Test]
    public async Task An_oversized_body_is_answered_413_and_nothing_is_stored()
    {
        var hugePage = "<p>" + new string('x', 16 * 1024 * 1024) + "</p>";

        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(hugePage));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await Captures.CountPostingsAsync(Client), Is.Zero);
    }

    [TestCase("evil.example")]
    [TestCase("localhost.evil.example")]
    [TestCase("127.0.0.1.evil.example")]
    [TestCase("127.0.0.1:1")]
    public async Task A_foreign_host_header_gets_no_dashboard_bytes(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect");
        request.Headers.Host = host;

        using var response = await Anonymous.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MisdirectedRequest));
        Assert.That(body, Does.Not.Contain(Token).And.Not.Contain("JobCapture"));
    }

    [Test]
    public async Task A_foreign_host_header_is_answered_421_and_cannot_store_a_capture_even_with_the_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/captures")
        {
            Content = JsonContent.Create(Captures.Request(Captures.NoCallsPage)),
        };
        request.Headers.Host = "evil.example";

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MisdirectedRequest));
        Assert.That(await Captures.CountPostingsAsync(Client), Is.Zero);
    }

    [TestCase("https://evil.example")]
    [TestCase("null")]
    [TestCase("chrome-extension://jklkifafnejdjibillagaaiojakiojdk.evil")]
    [TestCase("chrome-extension://jklkifafnejdjibillagaaiojakiojd")]
    public async Task A_request_from_a_web_page_origin_is_answered_403(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/captures")
        {
            Content = JsonContent.Create(Captures.Request(Captures.NoCallsPage)),
        };
        request.Headers.Add("Origin", origin);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        Assert.That(await Captures.CountPostingsAsync(Client), Is.Zero);
    }

    [Test]
    public async Task JobCaptures_own_extension_origin_is_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/postings");
        request.Headers.Add("Origin", "chrome-extension://jklkifafnejdjibillagaaiojakiojdk");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
