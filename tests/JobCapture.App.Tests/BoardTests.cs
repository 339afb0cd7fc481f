using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JobCapture.App.Tests;

public partial class BoardTests : ServiceFixture
{
    private static readonly string[] StatusColumns = ["Saved", "Applied", "FollowedUp", "Interviewing", "Offer", "Rejected", "Withdrawn", "Closed"];

    private DashboardForms _forms = null!;

    [SetUp]
    public void CreateForms() => _forms = new DashboardForms(BaseAddress);

    [TearDown]
    public void DisposeForms() => _forms.Dispose();

    private async Task<long> SaveAsync()
    {
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    private static string ColumnOf(string board, long id) =>
        Column().Matches(board).Single(m => m.Groups["cards"].Value.Contains($"data-posting=\"{id}\"", StringComparison.Ordinal)).Groups["status"].Value;

    private static int CountOf(string board, string status) =>
        int.Parse(Column().Matches(board).Single(m => m.Groups["status"].Value == status).Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task The_board_has_a_column_with_a_count_for_every_status()
    {
        await SaveAsync();

        var board = await Anonymous.GetStringAsync("/board");

        Assert.That(Column().Matches(board).Select(m => m.Groups["status"].Value), Is.EqualTo(StatusColumns));
        Assert.That(CountOf(board, "Saved"), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Moving_a_card_with_the_form_moves_it_to_that_column_and_updates_the_counts()
    {
        var id = await SaveAsync();
        var before = await Anonymous.GetStringAsync("/board");

        using var moved = await _forms.PostAsync("/board", "Move", ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", "Interviewing"));
        var after = await moved.Content.ReadAsStringAsync();

        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ColumnOf(before, id), Is.EqualTo("Saved"));
        Assert.That(ColumnOf(after, id), Is.EqualTo("Interviewing"));
        Assert.That(CountOf(after, "Interviewing"), Is.EqualTo(CountOf(before, "Interviewing") + 1));
    }

    [Test]
    public async Task An_applied_card_shows_its_follow_up_date_and_phone_verdict()
    {
        var id = await SaveAsync();

        using var moved = await _forms.PostAsync("/board", "Move", ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", "Applied"));
        var board = await moved.Content.ReadAsStringAsync();
        var card = Card().Matches(board).Single(m => m.Groups["id"].Value == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value;

        Assert.That(card, Does.Contain("Night Baker").And.Contain("verdict-forbidden").And.Contain("Follow up from"));
    }

    [Test]
    [Category("Threats")]
    public async Task A_move_posted_by_another_site_or_without_the_form_token_changes_nothing()
    {
        var id = await SaveAsync();
        var form = new Dictionary<string, string> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["status"] = "Offer" };

        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/board?handler=Move") { Content = new FormUrlEncodedContent(form) };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var refused = await Anonymous.SendAsync(crossSite);
        using var tokenless = await Anonymous.PostAsync("/board?handler=Move", new FormUrlEncodedContent(form));
        var board = await Anonymous.GetStringAsync("/board");

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(tokenless.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ColumnOf(board, id), Is.EqualTo("Saved"));
    }

    [GeneratedRegex("""<section class="board-column" data-status="(?<status>\w+)"[^>]*>\s*<h2[^>]*>[^<]*<span class="count">(?<count>\d+)</span></h2>(?<cards>.*?)</section>""", RegexOptions.Singleline)]
    private static partial Regex Column();

    [GeneratedRegex("""<article class="board-card" data-posting="(?<id>\d+)">.*?</article>""", RegexOptions.Singleline)]
    private static partial Regex Card();
}
