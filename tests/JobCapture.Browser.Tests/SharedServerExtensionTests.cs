using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using JobCapture.App.Hosting;
using JobCapture.Browser.Tests.Infrastructure;
using JobCapture.Storage.Users;
using Microsoft.Extensions.DependencyInjection;

namespace JobCapture.Browser.Tests;

/// <summary>
/// The extension with a shared JobCapture server: an https address under a host name of its own (Chromium's resolver
/// rules map it to loopback; the test certificate is trusted by its key), a user's token, the server's host permission
/// asked for at run time. The responder check runs for a user's token too. Plain http beyond loopback is refused.
/// </summary>
[TestFixture]
public sealed class SharedServerExtensionTests : ServiceFixture
{
    private readonly X509Certificate2 _certificate = SelfSigned(ServerHost);
    private readonly string _certificateFile = Path.Combine(Path.GetTempPath(), $"jobcapture-server-{Guid.NewGuid():N}.pfx");
    private string _aliceToken = "";

    private string ServerPermission => $"https://{ServerHost}/*";

    protected override IEnumerable<string> BrowserArguments =>
        ["--ignore-certificate-errors-spki-list=" + Convert.ToBase64String(SHA256.HashData(_certificate.PublicKey.ExportSubjectPublicKeyInfo()))];

    protected override Uri AddressOn(int port) => new($"https://{ServerHost}:{port}");

    protected override ServiceOptions Configure(ServiceOptions options)
    {
        File.WriteAllBytes(_certificateFile, _certificate.Export(X509ContentType.Pkcs12));
        return options with { ListenAddress = IPAddress.Loopback, HostNames = [ServerHost], Certificate = _certificateFile };
    }

    protected override async Task PairAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            _aliceToken = (await scope.ServiceProvider.GetRequiredService<UserStore>().AddAsync("alice", CancellationToken.None))!;
        }

        await GrantSiteAccessAsync(ServerPermission);
        await ConfigureExtensionAsync(ServiceAddress, _aliceToken);
    }

    [OneTimeTearDown]
    public void DeleteCertificate()
    {
        File.Delete(_certificateFile);
        _certificate.Dispose();
    }

    [Test]
    public async Task An_https_server_under_its_own_name_is_accepted_checked_and_a_save_lands_in_the_users_postings()
    {
        var url = JobSite.JobUrl(SaveJobTests.NoPhoneCallsPosting, "?opening=shared-server");
        await ControlPage.ClickAsync("#test");
        await ControlPage.WaitForSelectorAsync("#status:has-text('Connected'), body[data-status=failed]");
        var status = await ControlPage.TextContentAsync("#status");
        var (_, tabId) = await OpenPageAsync(url);
        var popup = await OpenPopupAsync(tabId);
        await ClickSaveAsync(popup);

        Assert.Multiple(async () =>
        {
            Assert.That(await ControlPage.EvaluateAsync<bool>("origin => chrome.permissions.contains({ origins: [origin] })", ServerPermission), Is.True);
            Assert.That(await StoredAddressAsync(), Is.EqualTo(ServiceAddress.GetLeftPart(UriPartial.Authority)));
            Assert.That(status, Does.StartWith("Connected to JobCapture").And.Contain(ServiceAddress.GetLeftPart(UriPartial.Authority)));
            Assert.That(await popup.GetAttributeAsync("body", "data-outcome"), Is.EqualTo("delivered"));
        });
        Assert.That(await PostingUrlsAsync(_aliceToken), Does.Contain(url.ToString()), "saved to alice's postings on the server");
        Assert.That(await PostingUrlsAsync(Token), Does.Not.Contain(url.ToString()), "and not to the server's own account");
    }

    [Test]
    public async Task Plain_http_to_a_server_beyond_loopback_is_refused_with_the_reason()
    {
        await ControlPage.ReloadAsync();
        await ControlPage.WaitForSelectorAsync("body[data-ready=true]");
        await ControlPage.FillAsync("#address", $"http://{ServerHost}:{ServiceAddress.Port}");
        await ControlPage.ClickAsync("#save");
        await ControlPage.WaitForSelectorAsync("body[data-status=failed]");

        Assert.That(await ControlPage.TextContentAsync("#status"), Does.Contain("needs https://").And.Contain("unencrypted"));
        Assert.That(await StoredAddressAsync(), Is.EqualTo(ServiceAddress.GetLeftPart(UriPartial.Authority)), "the https address stays");
    }

    private Task<string> StoredAddressAsync() =>
        ControlPage.EvaluateAsync<string>("async () => (await chrome.storage.local.get('serviceAddress')).serviceAddress");

    /// <summary>The user's postings from the server's API, over https to its host name (connected to loopback here).</summary>
    private async Task<List<string?>> PostingUrlsAsync(string token)
    {
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _certificate.GetCertHashString() },
        };
        using var client = new HttpClient(handler) { BaseAddress = ServiceAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var postings = Json(await client.GetStringAsync("/api/postings"));
        return postings.EnumerateArray().Select(p => p.GetProperty("url").GetString()).ToList();
    }

    private static X509Certificate2 SelfSigned(string hostName)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={hostName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(hostName);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
