namespace JobCapture.Browser.Tests;

/// <summary>
/// With the defences on (the iframe sandbox and the snapshot origin's Content-Security-Policy) a hostile snapshot is
/// shown, but none of its tricks fires, it cannot move the dashboard and nothing in its frame reaches the API.
/// <see cref="UndefendedSnapshotTests"/> shows that the same tricks fire without the defences.
/// </summary>
[TestFixture]
[Category("Threats")]
public sealed class HostileSnapshotTests : HostileSnapshotFixture
{
    /// <summary>How long a trick gets to fire; without the defences each fires well within it.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(2);

    [TestCaseSource(nameof(PageNames))]
    public async Task A_hostile_snapshot_in_the_dashboard_is_shown_and_runs_nothing(string page)
    {
        var (dashboard, frame, postingId) = await ShowHostilePageAsync(page);

        var markers = await MarkersOfAsync(page, QuietPeriod);

        Assert.Multiple(async () =>
        {
            Assert.That(markers, Is.Empty, "a marker fired");
            Assert.That(await frame.TextContentAsync("h1"), Is.EqualTo(Heading(page)), "the frame shows the page's own heading");
            Assert.That(dashboard.Url, Is.EqualTo($"{ServiceAddress}postings/{postingId}"));
            Assert.That(DialogsSeen, Is.Zero);
            Assert.That(new Uri(frame.Url).Port, Is.Not.EqualTo(ServiceAddress.Port), "the snapshot must come from its own origin");
        });
        await dashboard.CloseAsync();
    }

    [Test]
    public async Task A_fetch_to_the_api_with_the_token_from_the_snapshot_frame_is_blocked()
    {
        var (dashboard, frame, _) = await ShowHostilePageAsync("api-fetch");

        // Playwright's evaluation runs even where the page's own scripts may not: it stands for the worst case of a
        // script that did run, and it knows the token.
        var outcome = await frame.EvaluateAsync<string>(
            $"() => fetch('{ServiceAddress}api/postings', {{ headers: {{ Authorization: 'Bearer {Token}' }} }}).then(r => 'status ' + r.status, e => 'blocked')");

        Assert.That(outcome, Is.EqualTo("blocked"));
        await dashboard.CloseAsync();
    }

    [Test]
    public async Task The_snapshot_origin_sends_a_sandbox_policy_and_nosniff()
    {
        var (dashboard, _, _) = await ShowHostilePageAsync("script-tag");
        var src = await dashboard.GetAttributeAsync("#snapshot-frame", "src");
        var sandbox = await dashboard.GetAttributeAsync("#snapshot-frame", "sandbox");

        using var client = new HttpClient();
        using var response = await client.GetAsync(src);

        Assert.Multiple(() =>
        {
            Assert.That(sandbox, Is.EqualTo(""), "the iframe carries the sandbox attribute, allowing nothing");
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("sandbox;").And.Contain("default-src 'none'"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        });
        await dashboard.CloseAsync();
    }
}
