using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>
/// Another program on the configured port that looks like JobCapture from the outside must receive neither a page
/// nor the pairing token: the extension checks the responder's HMAC proof before it sends anything.
/// </summary>
[Category("Threats")]
[TestFixture]
public sealed class StandInServerTests : BrowserFixture
{
    private const string PairingToken = "stand-in-never-learns-this-token-0123456789abcdef";
    private const string PageSentence = "No phone calls, please.";

    private StandInServer _standIn = null!;

    [OneTimeSetUp]
    public async Task StartStandInAsync()
    {
        _standIn = await StandInServer.StartAsync();
        await ConfigureExtensionAsync(_standIn.BaseAddress, PairingToken);
    }

    [OneTimeTearDown]
    public async Task StopStandInAsync() => await _standIn.DisposeAsync();

    [TestCase(true, TestName = "A stand-in with a wrong proof receives no page and no token")]
    [TestCase(false, TestName = "A stand-in without a hello endpoint receives no page and no token")]
    public async Task Saving_sends_nothing_to_a_stand_in(bool answersHello)
    {
        _standIn.AnswersHello = answersHello;
        var (_, tabId) = await OpenPageAsync(JobSite.JobUrl("no-phone-calls-posting", "?opening=stand-in-" + answersHello));
        var popup = await OpenPopupAsync(tabId);

        await ClickSaveAsync(popup);

        var requests = _standIn.Requests.ToArray();
        Assert.Multiple(async () =>
        {
            Assert.That(await popup.TextContentAsync("#status"), Does.StartWith("Queued, will be sent when JobCapture runs.")
                .And.Contain("not JobCapture"));
            Assert.That(await popup.IsVisibleAsync("#already-saved"), Is.False);
            Assert.That(requests.Select(r => r.PathAndQuery), Has.Some.StartsWith("/api/hello?nonce="), "the extension should have asked for the proof");
            Assert.That(requests.Select(r => r.Method), Has.All.EqualTo("GET"), "no capture may be posted");
            Assert.That(requests.Select(r => r.Body), Has.None.Contain(PageSentence));
            Assert.That(requests.Select(r => r.Authorization), Has.None.Contain(PairingToken));
            Assert.That(requests.Select(r => r.PathAndQuery), Has.None.Contain("lookup"), "not even the page's address may be sent");
        });
    }

    [Test]
    public async Task Test_connection_says_the_stand_in_is_not_JobCapture()
    {
        _standIn.AnswersHello = true;

        await ControlPage.ClickAsync("#test");

        await ControlPage.WaitForSelectorAsync("#status:has-text('Not connected')");
        Assert.That(await ControlPage.TextContentAsync("#status"), Does.Contain("not JobCapture"));
    }
}
