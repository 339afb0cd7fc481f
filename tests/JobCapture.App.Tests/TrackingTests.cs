using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

public class TrackingTests : ServiceFixture
{
    private DashboardForms _forms = null!;

    [SetUp]
    public void CreateForms() => _forms = new DashboardForms(BaseAddress);

    [TearDown]
    public void DisposeForms() => _forms.Dispose();

    private async Task<long> SaveAsync(string html)
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(html));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    /// <summary>A status change posted without the dashboard's form token, as another site's page would.</summary>
    private async Task<HttpResponseMessage> PostStatusWithHeadersAsync(long id, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/postings/{id}?handler=Status")
        {
            Content = new FormUrlEncodedContent([new("status", "Offer")]),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await Anonymous.SendAsync(request);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Test]
    public async Task Marking_applied_shows_the_status_and_the_follow_up_date()
    {
        var id = await SaveAsync(Captures.NoCallsPage);

        using var response = await _forms.PostAsync($"/postings/{id}", "Status", ("status", "Applied"), ("onDate", "2026-11-20"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("id=\"status\">applied<").And.Contain("id=\"due-date\">Fri 27 Nov 2026<"));
    }

    [Test]
    public async Task Logging_a_call_on_a_posting_that_forbids_calls_is_kept_with_a_visible_warning()
    {
        var id = await SaveAsync(Captures.NoCallsPage);

        using var response = await _forms.PostAsync($"/postings/{id}", "FollowUp", ("channel", "Phone"), ("onDate", "2026-11-27"), ("note", "Rang reception"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(page, Does.Contain("id=\"follow-up-warning\"").And.Contain("No phone calls, please."));
        Assert.That(page, Does.Contain("Rang reception"));
    }

    [Test]
    [Category("Threats")]
    public async Task A_form_post_without_the_antiforgery_token_changes_nothing()
    {
        var id = await SaveAsync(Captures.NoCallsPage);

        using var response = await Anonymous.PostAsync($"/postings/{id}?handler=Status", new FormUrlEncodedContent([new("status", "Offer")]));
        var page = await Anonymous.GetStringAsync($"/postings/{id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page, Does.Contain("id=\"status\">saved<"));
    }

    [Test]
    [Category("Threats")]
    public async Task A_form_post_from_another_site_is_refused()
    {
        var id = await SaveAsync(Captures.NoCallsPage);

        using var response = await PostStatusWithHeadersAsync(id, ("Origin", "https://evil.example"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    [Category("Threats")]
    public async Task A_form_post_a_browser_marks_cross_site_is_refused_whatever_its_origin_says()
    {
        var id = await SaveAsync(Captures.NoCallsPage);

        using var response = await PostStatusWithHeadersAsync(id, ("Origin", BaseAddress.GetLeftPart(UriPartial.Authority)), ("Sec-Fetch-Site", "cross-site"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    [Category("Threats")]
    public async Task A_get_never_changes_state()
    {
        var id = await SaveAsync(Captures.NoCallsPage);

        await Anonymous.GetAsync($"/postings/{id}?handler=Status&status=Offer");
        var page = await Anonymous.GetStringAsync($"/postings/{id}");

        Assert.That(page, Does.Contain("id=\"status\">saved<"));
    }

    [Test]
    public async Task An_application_past_its_follow_up_date_is_listed_as_due_with_its_plan()
    {
        var id = await SaveAsync(Captures.NoCallsPage);
        var appliedOn = DateOnly.FromDateTime(DateTime.Now).AddDays(-14);
        using var applied = await _forms.PostAsync($"/postings/{id}", "Status", ("status", "Applied"), ("onDate", Day(appliedOn)));

        var due = await Anonymous.GetStringAsync("/due");

        Assert.That(due, Does.Contain($"data-posting=\"{id}\"").And.Contain("Night Baker").And.Contain("No phone calls, please."));
    }

    [Test]
    public async Task A_person_the_user_knows_shows_on_postings_of_their_company()
    {
        var id = await SaveAsync(Captures.NoCallsPage);

        using var added = await _forms.PostAsync("/referrals", null, ("company", "Crumb & Co."), ("name", "Ravi Kumar"), ("howKnown", "old colleague"), ("channel", "email"));
        var page = await Anonymous.GetStringAsync($"/postings/{id}");

        Assert.That(page, Does.Contain("id=\"referrals\"").And.Contain("Ravi Kumar (old colleague)"));
    }

    [Test]
    public async Task The_export_lists_postings_with_their_verdicts_and_status_as_csv_and_json()
    {
        var id = await SaveAsync(Captures.NoCallsPage);
        using var applied = await _forms.PostAsync($"/postings/{id}", "Status", ("status", "Applied"), ("onDate", "2026-11-20"));

        var csv = await Anonymous.GetStringAsync("/export/postings.csv");
        var json = JsonDocument.Parse(await Anonymous.GetStringAsync("/export/postings.json")).RootElement;
        var row = json.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id);

        Assert.That(csv.Split('\n')[0], Does.Contain("Title").And.Contain("Phone").And.Contain("Status"));
        Assert.That(csv, Does.Contain("Night Baker"));
        Assert.Multiple(() =>
        {
            Assert.That(row.GetProperty("phone").GetString(), Is.EqualTo("forbidden"));
            Assert.That(row.GetProperty("status").GetString(), Is.EqualTo("applied"));
            Assert.That(row.GetProperty("earliestFollowUp").GetString(), Is.EqualTo("2026-11-27"));
            Assert.That(row.GetProperty("placesSeen").GetString(), Is.EqualTo(row.GetProperty("url").GetString()), "saved once, seen at its own address");
        });
    }
}
