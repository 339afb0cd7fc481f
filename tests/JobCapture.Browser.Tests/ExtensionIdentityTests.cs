using JobCapture.App.Security;
using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>The service lets exactly one extension origin call its API; the manifest's key must give that id.</summary>
[Category("Threats")]
[TestFixture]
public sealed class ExtensionIdentityTests : BrowserFixture
{
    private static readonly string[] LoopbackHostPermissions = ["http://127.0.0.1/*", "http://localhost/*"];

    [Test]
    public void The_loaded_extension_has_the_id_the_service_allows()
    {
        Assert.That(ExtensionId, Is.EqualTo(ExtensionOrigins.JobCaptureExtensionId));
    }

    [Test]
    public async Task The_extension_asks_for_loopback_hosts_only_and_may_ask_for_https_servers_at_run_time()
    {
        var hosts = await ControlPage.EvaluateAsync<string[]>("() => chrome.runtime.getManifest().host_permissions");
        var optional = await ControlPage.EvaluateAsync<string[]>("() => chrome.runtime.getManifest().optional_host_permissions");

        Assert.That(hosts, Is.EquivalentTo(LoopbackHostPermissions));
        Assert.That(optional, Is.EquivalentTo(new[] { "https://*/*" }));
    }

    [TestCase("http://example.com:5817")]
    [TestCase("http://127.0.0.1.evil.example:5817")]
    [TestCase("http://192.168.1.10:5817")]
    public async Task The_options_page_refuses_plain_http_off_this_machine(string address)
    {
        await ControlPage.ReloadAsync();
        await ControlPage.WaitForSelectorAsync("body[data-ready=true]");
        await ControlPage.FillAsync("#address", address);
        await ControlPage.ClickAsync("#save");

        await ControlPage.WaitForSelectorAsync("body[data-status=failed]");
        var stored = await ControlPage.EvaluateAsync<string?>("async () => (await chrome.storage.local.get('serviceAddress')).serviceAddress ?? null");
        Assert.That(stored, Is.Not.EqualTo(address));
    }
}
