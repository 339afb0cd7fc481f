using System.Net;
using JobCapture.App.Hosting;

namespace JobCapture.Browser.Tests;

/// <summary>
/// The positive control of <see cref="HostileSnapshotTests"/>: the same hostile pages, served with the iframe sandbox
/// and the snapshot origin's Content-Security-Policy switched off (a switch only test hosts can reach). Every page's
/// trick fires, so the silence with the defences on is their doing, not a page that never rendered or a marker that
/// cannot be reached.
/// </summary>
[TestFixture]
[Category("Threats")]
public sealed class UndefendedSnapshotTests : HostileSnapshotFixture
{
    private static readonly TimeSpan FirePeriod = TimeSpan.FromSeconds(10);

    protected override ServiceOptions Configure(ServiceOptions options) => options with { SnapshotDefencesOffForTests = true };

    [TestCaseSource(nameof(PageNames))]
    public async Task Without_the_defences_the_hostile_snapshots_trick_fires(string page)
    {
        var (dashboard, _, _) = await ShowHostilePageAsync(page);

        var markers = await MarkersOfAsync(page, FirePeriod);

        Assert.That(markers, Is.Not.Empty, "the trick did not fire even without the defences, so it proves nothing");
        await dashboard.CloseAsync();
    }

    [Test]
    public async Task Without_the_defences_a_script_with_the_token_still_cannot_read_the_api()
    {
        var (dashboard, _, _) = await ShowHostilePageAsync("api-fetch");

        var markers = await MarkersOfAsync("api-fetch", FirePeriod);

        Assert.That(markers, Is.EqualTo(new[] { "api-fetch/api-refused" }), "the script ran, and the API refused it");
        await dashboard.CloseAsync();
    }

    [Test]
    public async Task The_preflight_a_snapshot_script_sends_is_refused_by_the_origin_check()
    {
        var (dashboard, frame, _) = await ShowHostilePageAsync("api-fetch");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri(ServiceAddress, "/api/postings"));
        preflight.Headers.Add("Origin", new Uri(frame.Url).GetLeftPart(UriPartial.Authority));
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");

        using var client = new HttpClient();
        using var response = await client.SendAsync(preflight);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        });
        await dashboard.CloseAsync();
    }
}
