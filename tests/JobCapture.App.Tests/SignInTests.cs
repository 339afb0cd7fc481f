using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using JobCapture.App.Hosting;
using JobCapture.Storage.Users;
using Microsoft.Extensions.DependencyInjection;

namespace JobCapture.App.Tests;

/// <summary>A shared server over HTTPS (a certificate made here) with a host name of its own: the dashboard asks for a
/// sign-in (a token, or a name and the password set by <c>user passwd</c>), each user's session shows only their
/// postings, and a rotated token or a new password ends the session.</summary>
public class SignInTests : ServiceFixture
{
    private const string HostName = "jobs.household.test";
    private const string AlicesPassword = "alice's long dashboard password";
    private const string BobsPassword = "bob's long dashboard password";
    private string _certificateFile = null!;
    private string _aliceToken = null!;
    private string _bobToken = null!;
    private long _alicePosting;

    protected override ServiceOptions Configure(ServiceOptions options)
    {
        _certificateFile = Path.Combine(DataDirectory, "server.pfx");
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={HostName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(_certificateFile, certificate.Export(X509ContentType.Pkcs12));
        return options with { ListenAddress = IPAddress.Loopback, HostNames = [HostName], Certificate = _certificateFile };
    }

    [OneTimeSetUp]
    public async Task AddUsersAndAlicesPosting()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserStore>();
        _aliceToken = (await users.AddAsync("alice", CancellationToken.None))!;
        _bobToken = (await users.AddAsync("bob", CancellationToken.None))!;
        await users.SetPasswordAsync("alice", AlicesPassword, CancellationToken.None);
        await users.SetPasswordAsync("bob", BobsPassword, CancellationToken.None);
        using var alice = Browser();
        alice.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _aliceToken);
        using var saved = await alice.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
        _alicePosting = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    /// <summary>A browser-like client: cookies kept, the test certificate trusted, redirects not followed.</summary>
    private HttpClient Browser(string? host = null)
    {
        var handler = new HttpClientHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Subject == $"CN={HostName}",
        };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        if (host is not null)
        {
            client.DefaultRequestHeaders.Host = $"{host}:{BaseAddress.Port}";
        }

        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string token) =>
        PostSignInAsync(browser, "/signin", [new("token", token)]);

    private static Task<HttpResponseMessage> SignInWithPasswordAsync(HttpClient browser, string name, string password) =>
        PostSignInAsync(browser, "/signin?handler=Password", [new("name", name), new("password", password)]);

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string action, KeyValuePair<string, string>[] fields)
    {
        var form = await browser.GetStringAsync("/signin");
        var antiforgery = DashboardForms.AntiforgeryToken().Match(form).Groups[1].Value;
        return await browser.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", antiforgery)]));
    }

    [Test]
    public async Task The_service_answers_https_and_the_dashboard_sends_a_stranger_to_sign_in()
    {
        using var stranger = Browser();
        using var list = await stranger.GetAsync("/");

        Assert.That(BaseAddress.Scheme, Is.EqualTo("https"));
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(list.Headers.Location?.ToString(), Is.EqualTo("/signin"));
    }

    [Test]
    public async Task Each_users_session_shows_their_own_postings_only()
    {
        using var alice = Browser();
        using var bob = Browser();
        await SignInAsync(alice, _aliceToken);
        await SignInAsync(bob, _bobToken);

        Assert.That(await alice.GetStringAsync("/"), Does.Contain("Night Baker"));
        Assert.That(await bob.GetStringAsync("/"), Does.Not.Contain("Night Baker"));
        using var bobsView = await bob.GetAsync($"/postings/{_alicePosting}");
        using var alicesView = await alice.GetAsync($"/postings/{_alicePosting}");
        Assert.That(bobsView.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(alicesView.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_wrong_token_opens_no_session()
    {
        using var stranger = Browser();
        using var answer = await SignInAsync(stranger, "not-a-token");
        using var list = await stranger.GetAsync("/");

        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("id=\"refused\""));
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_name_and_its_password_open_that_users_session()
    {
        using var alice = Browser();
        using var bob = Browser();
        using var aliceSignsIn = await SignInWithPasswordAsync(alice, "alice", AlicesPassword);
        await SignInWithPasswordAsync(bob, "bob", BobsPassword);

        Assert.That(aliceSignsIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await alice.GetStringAsync("/"), Does.Contain("Night Baker"));
        Assert.That(await bob.GetStringAsync("/"), Does.Not.Contain("Night Baker"), "bob's password opens bob's postings");
    }

    [TestCase("alice", "alice's long dashboard passwort", TestName = "A wrong password opens no session")]
    [TestCase("bob", AlicesPassword, TestName = "Alice's password never signs in bob")]
    [TestCase("nobody", AlicesPassword, TestName = "An unknown name opens no session")]
    public async Task Other_passwords_open_no_session(string name, string password)
    {
        using var stranger = Browser();
        using var answer = await SignInWithPasswordAsync(stranger, name, password);
        using var list = await stranger.GetAsync("/");

        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("id=\"refused\""));
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_new_password_ends_the_sessions_opened_before()
    {
        await using var admin = App.Services.CreateAsyncScope();
        var users = admin.ServiceProvider.GetRequiredService<UserStore>();
        await users.AddAsync("dave", CancellationToken.None);
        await users.SetPasswordAsync("dave", "dave's first long password", CancellationToken.None);
        using var dave = Browser();
        await SignInWithPasswordAsync(dave, "dave", "dave's first long password");
        using var before = await dave.GetAsync("/");
        await users.SetPasswordAsync("dave", "dave's second long password", CancellationToken.None);
        using var after = await dave.GetAsync("/");

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Rotating_a_token_ends_the_sessions_made_with_it()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserStore>().AddAsync("carol", CancellationToken.None);
        }

        await using var admin = App.Services.CreateAsyncScope();
        var users = admin.ServiceProvider.GetRequiredService<UserStore>();
        var token = (await users.RotateTokenAsync("carol", CancellationToken.None))!;
        using var carol = Browser();
        await SignInAsync(carol, token);
        using var before = await carol.GetAsync("/");
        await users.RotateTokenAsync("carol", CancellationToken.None);
        using var after = await carol.GetAsync("/");

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [TestCase(HostName, HttpStatusCode.Redirect)]
    [TestCase("evil.example", HttpStatusCode.MisdirectedRequest)]
    public async Task The_given_host_name_is_answered_and_others_are_refused(string host, HttpStatusCode expected)
    {
        using var client = Browser(host);
        using var answer = await client.GetAsync("/");

        Assert.That(answer.StatusCode, Is.EqualTo(expected));
    }
}
