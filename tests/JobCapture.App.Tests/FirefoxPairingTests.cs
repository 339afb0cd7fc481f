using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using JobCapture.App.Hosting;
using JobCapture.App.Security;

namespace JobCapture.App.Tests;

/// <summary>Firefox gives each install its own moz-extension://UUID: pairing with the token, not a fixed id, decides
/// which one the service accepts; every other origin stays refused.</summary>
[Category("Threats")]
public class FirefoxPairingTests : ServiceFixture
{
    private static string NewFirefoxOrigin() => "moz-extension://" + Guid.NewGuid().ToString("D");

    private HttpRequestMessage FromOrigin(HttpMethod method, string path, string origin, string? token)
    {
        // Like the extension: a POST carries JSON, as the API requires.
        var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Post ? JsonContent.Create(new { }) : null };
        request.Headers.Add("Origin", origin);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private async Task<HttpStatusCode> SendAsync(HttpMethod method, string path, string origin, string? token)
    {
        using var request = FromOrigin(method, path, origin, token);
        using var response = await Anonymous.SendAsync(request);
        return response.StatusCode;
    }

    [Test]
    public async Task An_unpaired_firefox_extension_origin_is_refused_with_403_even_with_the_token()
    {
        Assert.That(await SendAsync(HttpMethod.Get, "/api/postings", NewFirefoxOrigin(), Token), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_firefox_origin_that_paired_with_the_token_is_accepted()
    {
        var origin = NewFirefoxOrigin();

        var pairing = await SendAsync(HttpMethod.Post, "/api/pairing", origin, Token);
        var afterPairing = await SendAsync(HttpMethod.Get, "/api/postings", origin, Token);

        Assert.That(pairing, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(afterPairing, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Pairing_without_the_token_is_refused_and_remembers_nothing()
    {
        var origin = NewFirefoxOrigin();

        var pairing = await SendAsync(HttpMethod.Post, "/api/pairing", origin, Token[..^1] + (Token[^1] == 'A' ? 'B' : 'A'));

        Assert.That(pairing, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SendAsync(HttpMethod.Get, "/api/postings", origin, Token), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("https://evil.example")]
    [TestCase("moz-extension://not-a-uuid")]
    [TestCase("moz-extension://0B7C8F8E-1D2A-4C3B-9E4F-5A6B7C8D9E0F")]
    [TestCase("moz-extension://0b7c8f8e-1d2a-4c3b-9e4f-5a6b7c8d9e0f.evil.example")]
    public async Task Only_a_canonical_moz_extension_origin_can_pair(string origin)
    {
        Assert.That(await SendAsync(HttpMethod.Post, "/api/pairing", origin, Token), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_paired_origin_is_remembered_in_the_data_folder_across_restarts()
    {
        var origin = NewFirefoxOrigin();
        Assert.That(await SendAsync(HttpMethod.Post, "/api/pairing", origin, Token), Is.EqualTo(HttpStatusCode.OK));

        await using var restarted = await ServiceHost.StartAsync(new ServiceOptions { Port = 0, DataDirectory = DataDirectory, ConsoleLogging = false });
        using var client = new HttpClient { BaseAddress = restarted.BaseAddress() };
        using var request = FromOrigin(HttpMethod.Get, "/api/postings", origin, Token);
        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(File.ReadAllLines(Path.Combine(DataDirectory, ExtensionOrigins.PairedFileName)), Does.Contain(origin));
    }

    [Test]
    public async Task The_chrome_extension_needs_no_pairing_and_nothing_is_remembered_for_it()
    {
        using var request = FromOrigin(HttpMethod.Post, "/api/pairing", "chrome-extension://" + ExtensionOrigins.JobCaptureExtensionId, Token);
        using var response = await Anonymous.SendAsync(request);
        var answer = await response.Content.ReadFromJsonAsync<PairingAnswer>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer!.Remembered, Is.False);
    }

    private sealed record PairingAnswer(string Origin, bool Remembered);
}
