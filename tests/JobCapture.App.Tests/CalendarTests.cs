using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

public class CalendarTests : ServiceFixture
{
    private const string PostingWithDeadline = """
        <script type="application/ld+json">{"@type":"JobPosting","title":"Pastry Chef","hiringOrganization":{"name":"Crumb"},
        "validThrough":"2031-01-31"}</script><p>No phone calls, please.</p>
        """;

    private long _applied;
    private long _withDeadline;

    [OneTimeSetUp]
    public async Task SaveAnAppliedPostingAndOneWithADeadline()
    {
        _applied = await SaveAsync(Captures.NoCallsPage);
        _withDeadline = await SaveAsync(PostingWithDeadline);
        using var forms = new DashboardForms(BaseAddress);
        using var applied = await forms.PostAsync($"/postings/{_applied}", "Status", ("status", "Applied"), ("onDate", "2026-11-20"));
        applied.EnsureSuccessStatusCode();
    }

    private async Task<long> SaveAsync(string html)
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(html));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    private async Task<string> FeedUrlAsync() =>
        (await CommandLine.RunAsync("", "calendar", "--data-dir", DataDirectory, "--port", BaseAddress.Port.ToString(CultureInfo.InvariantCulture))).Output.Trim();

    [Test]
    public async Task The_address_the_calendar_command_prints_serves_a_valid_feed_with_the_follow_up_and_the_deadline()
    {
        var url = await FeedUrlAsync();

        using var response = await Anonymous.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;
        var events = calendar.Events.ToDictionary(e => e.Uid!);

        Assert.That(url, Does.Match(@"^http://127\.0\.0\.1:\d+/calendar/[A-Za-z0-9_-]{43}\.ics$"));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/calendar"));
        Assert.That(text, Does.StartWith("BEGIN:VCALENDAR").And.Contain("VERSION:2.0").And.Contain("PRODID:"));
        Assert.Multiple(() =>
        {
            var followUp = events[$"follow-up-{_applied}@jobcapture.local"];
            Assert.That(followUp.Start!.Date, Is.EqualTo(new DateOnly(2026, 11, 27)));
            Assert.That(followUp.Summary, Does.Contain("Night Baker"));
            Assert.That(followUp.DtStamp, Is.Not.Null);
            Assert.That(events[$"deadline-{_withDeadline}@jobcapture.local"].Start!.Date, Is.EqualTo(new DateOnly(2031, 1, 31)));
            Assert.That(events.Keys, Has.None.Contains($"deadline-{_applied}@"));
        });
    }

    [Test]
    public async Task Event_uids_stay_the_same_from_one_fetch_to_the_next()
    {
        var url = await FeedUrlAsync();

        var first = Ical.Net.Calendar.Load(await Anonymous.GetStringAsync(url))!.Events.Select(e => e.Uid);
        var second = Ical.Net.Calendar.Load(await Anonymous.GetStringAsync(url))!.Events.Select(e => e.Uid);

        Assert.That(second, Is.EqualTo(first).And.Not.Empty);
    }

    [Test]
    [Category("Threats")]
    public async Task A_wrong_or_revoked_feed_key_gets_404_and_the_connect_page_shows_the_new_address()
    {
        var old = await FeedUrlAsync();
        using var forms = new DashboardForms(BaseAddress);

        using var renewed = await forms.PostAsync("/connect", "NewCalendarKey");
        var connect = await renewed.Content.ReadAsStringAsync();
        var current = await FeedUrlAsync();
        using var oldAnswer = await Anonymous.GetAsync(old);
        using var currentAnswer = await Anonymous.GetAsync(current);
        using var guessed = await Anonymous.GetAsync("/calendar/not-the-key.ics");

        Assert.That(current, Is.Not.EqualTo(old));
        Assert.That(connect, Does.Contain(current));
        Assert.That(oldAnswer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(guessed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(currentAnswer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
