using System.Net;
using JobCapture.App.Security;

namespace JobCapture.App.Tests;

/// <summary>Chrome's Private Network Access preflight: answered yes for JobCapture's extension, never for a web page —
/// without Access-Control-Allow-Origin and -Private-Network the browser does not send the real request.</summary>
[Category("Threats")]
public class PrivateNetworkPreflightTests : ServiceFixture
{
    private const string ExtensionOrigin = "chrome-extension://" + ExtensionOrigins.JobCaptureExtensionId;

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/captures");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        request.Headers.Add(ExtensionPreflight.RequestPrivateNetwork, "true");
        return await Anonymous.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [Test]
    public async Task The_extensions_private_network_preflight_is_allowed_for_its_origin_only()
    {
        using var response = await PreflightAsync(ExtensionOrigin);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Header(response, ExtensionPreflight.AllowPrivateNetwork), Is.EqualTo("true"));
        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(ExtensionOrigin));
        Assert.That(Header(response, "Access-Control-Allow-Headers"), Does.Contain("Authorization").And.Contain("Content-Type"));
    }

    [TestCase("https://evil.example")]
    [TestCase("http://127.0.0.1:1")]
    [TestCase("null")]
    [TestCase("moz-extension://0b7c8f8e-1d2a-4c3b-9e4f-5a6b7c8d9e0f")]
    public async Task A_web_pages_private_network_preflight_gets_403_and_no_access_control_header(string origin)
    {
        using var response = await PreflightAsync(origin);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Headers.Select(header => header.Key), Has.None.StartsWith("Access-Control-"));
    }
}
