using System.Net;
using JobCapture.App.Hosting;

namespace JobCapture.App.Tests;

/// <summary>Behind a reverse proxy that ends TLS (<c>--trusted-proxy</c>): the proxy's X-Forwarded-Proto: https makes
/// the session cookie Secure. The same header from a sender that is not the configured proxy changes nothing.</summary>
[TestFixture("127.0.0.1", true)]
[TestFixture("192.0.2.10", false)]
public class TrustedProxyTests(string proxy, bool requestsComeFromTheProxy) : ServiceFixture
{
    private const string PublicName = "jobs.household.test";

    protected override ServiceOptions Configure(ServiceOptions options) =>
        options with { HostNames = [PublicName], TrustedProxy = IPAddress.Parse(proxy) };

    [Test]
    public async Task A_sign_in_forwarded_as_https_gets_a_secure_cookie_only_from_the_trusted_proxy()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var browser = new HttpClient(handler) { BaseAddress = BaseAddress };
        browser.DefaultRequestHeaders.Host = $"{PublicName}:{BaseAddress.Port}";
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        using var form = await browser.GetAsync("/signin");
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        var antiforgery = DashboardForms.AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent([new("token", Token), new("__RequestVerificationToken", antiforgery)]),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);

        using var signedIn = await browser.SendAsync(post);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(cookie => !cookie.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase));

        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(session.Contains("; secure", StringComparison.OrdinalIgnoreCase), Is.EqualTo(requestsComeFromTheProxy), session);
    }
}
