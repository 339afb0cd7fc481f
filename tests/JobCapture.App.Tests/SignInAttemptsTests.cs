using System.Net;
using JobCapture.App.Hosting;
using JobCapture.App.Security;

namespace JobCapture.App.Tests;

/// <summary>Guessing at a shared server's sign-in: the first attempts are checked (and refused), those past the burst
/// get 429 with Retry-After, even with the right token.</summary>
public class SignInAttemptsTests : ServiceFixture
{
    protected override ServiceOptions Configure(ServiceOptions options) => options with { HostNames = ["jobs.household.test"] };

    [Test]
    public async Task Attempts_past_the_burst_are_answered_429_before_any_credential_is_checked()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = BaseAddress };
        var antiforgery = DashboardForms.AntiforgeryToken().Match(await browser.GetStringAsync("/signin")).Groups[1].Value;
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < SignInAttempts.Burst; attempt++)
        {
            using var guess = await PostTokenAsync(browser, antiforgery, "guess-" + attempt);
            statuses.Add(guess.StatusCode);
        }

        using var rightTokenTooLate = await PostTokenAsync(browser, antiforgery, Token);

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK), "the guesses within the burst were checked and refused");
        Assert.That(rightTokenTooLate.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(rightTokenTooLate.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    private static Task<HttpResponseMessage> PostTokenAsync(HttpClient browser, string antiforgery, string token) =>
        browser.PostAsync("/signin", new FormUrlEncodedContent([new("token", token), new("__RequestVerificationToken", antiforgery)]));
}
