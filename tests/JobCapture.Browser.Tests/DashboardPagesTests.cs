using System.Net.Http.Headers;
using System.Net.Http.Json;
using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>The dashboard's board, stats, paged list and calendar address, in a real Chromium.</summary>
[TestFixture]
public sealed class DashboardPagesTests : ServiceFixture
{
    private const int Postings = 55;

    [OneTimeSetUp]
    public async Task SavePostingsAsync()
    {
        using var client = new HttpClient { BaseAddress = ServiceAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        for (var i = 1; i <= Postings; i++)
        {
            var calls = i % 3 == 0 ? "Feel free to call us on 020 7946 0000." : "No phone calls, please.";
            await SaveAsync(client, i, i == ClosedBaker ? $"{calls} This job is no longer available." : calls);
        }

        await SaveAsync(client, ChangedBaker, "No phone calls, please. Night shifts pay extra.");
    }

    /// <summary>Baker 1 is captured again with more text; the last baker's page says it is closed. Both are among the
    /// newest, so on the board's cards.</summary>
    private const int ChangedBaker = 1;
    private const int ClosedBaker = Postings;

    private static async Task SaveAsync(HttpClient client, int baker, string text)
    {
        var html = $$$"""<script type="application/ld+json">{"@type":"JobPosting","title":"Baker {{{baker:00}}}","hiringOrganization":{"name":"Crumb {{{baker % 4}}}"}}</script><p>Bake bread. {{{text}}}</p>""";
        using var response = await client.PostAsJsonAsync("/api/captures", new
        {
            url = $"https://jobs.example/baker/{baker}", title = $"Baker {baker:00}", html, capturedAt = DateTimeOffset.UtcNow, source = "extension",
        });
        response.EnsureSuccessStatusCode();
    }

    private async Task<Microsoft.Playwright.IPage> OpenAsync(string path)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(new Uri(ServiceAddress, path).ToString());
        return page;
    }

    [Test]
    public async Task A_card_moved_with_its_form_on_the_board_lands_in_that_column()
    {
        var board = await OpenAsync("/board");
        var card = board.Locator("[data-status=Saved] .board-card").First;
        var id = await card.GetAttributeAsync("data-posting");

        await card.Locator("select[name=status]").SelectOptionAsync("Interviewing");
        await card.Locator("button", new() { HasText = "Move" }).ClickAsync();
        await board.WaitForSelectorAsync($"[data-status=Interviewing] .board-card[data-posting='{id}']");

        Assert.That(await board.Locator("section.board-column").CountAsync(), Is.EqualTo(8));
        Assert.That(await board.TextContentAsync("[data-status=Interviewing] .count"), Is.EqualTo("1"));
        Assert.That(await board.TextContentAsync("[data-status=Saved] .count"), Is.EqualTo((Postings - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await AttachScreenshotAsync(board, "dashboard-board.png", "The board after moving a card to Interviewing");
    }

    [Test]
    public async Task A_changed_and_a_closed_posting_are_flagged_on_the_list_the_board_and_their_pages()
    {
        var list = await OpenAsync("/");
        var board = await OpenAsync("/board");

        foreach (var page in new[] { list, board })
        {
            Assert.That(await page.Locator(".flag-changed").AllInnerTextsAsync(), Is.EqualTo(new[] { "changed since you saved it" }));
            Assert.That(await page.Locator(".flag-closed").AllInnerTextsAsync(), Is.EqualTo(new[] { "closed" }));
        }

        Assert.That(await list.Locator("tr:has(.flag-changed) a").First.InnerTextAsync(), Is.EqualTo("Baker 01"));
        Assert.That(await list.Locator("tr:has(.flag-closed) a").First.InnerTextAsync(), Is.EqualTo($"Baker {ClosedBaker}"));
        await AttachScreenshotAsync(list, "dashboard-list-flags.png", "The list with a changed and a closed posting flagged");
        await board.ClickAsync(".board-card:has(.flag-closed) a");
        await board.WaitForSelectorAsync("#closed-reason");
        Assert.That(await board.InnerTextAsync("#closed-reason"), Is.EqualTo("Closed: the page says: “This job is no longer available.”."));
        await AttachScreenshotAsync(board, "dashboard-posting-closed.png", "A closed posting's page with the reason");
        await list.ClickAsync(".flag-changed");
        await list.WaitForSelectorAsync("#text-diff");
        Assert.That(string.Concat(await list.Locator("#text-diff ins").AllInnerTextsAsync()), Does.Contain("Night shifts pay extra"));
    }

    [Test]
    public async Task The_stats_page_shows_its_charts_as_images_with_names()
    {
        var stats = await OpenAsync("/stats");

        var funnel = stats.GetByRole(Microsoft.Playwright.AriaRole.Img, new() { Name = "Funnel: how many postings reached each stage" });
        Assert.That(await funnel.IsVisibleAsync(), Is.True);
        Assert.That(await stats.Locator("svg.chart").CountAsync(), Is.EqualTo(4));
        Assert.That(await stats.TextContentAsync("#forbidding-calls"), Is.EqualTo($"{Postings - Postings / 3} of {Postings}"));
        await AttachScreenshotAsync(stats, "dashboard-stats.png", "The stats page with its server-drawn charts");
    }

    [Test]
    public async Task The_list_pages_through_every_posting()
    {
        var list = await OpenAsync("/?sort=Title");

        Assert.That(await list.TextContentAsync("#result-count"), Does.Contain($"{Postings} postings · page 1 of 2"));
        await list.ClickAsync("a[rel=next]");
        await list.WaitForSelectorAsync("#result-count:has-text('page 2 of 2')");

        Assert.That(await list.Locator("#postings tbody tr").CountAsync(), Is.EqualTo(Postings - 50));
        Assert.That(await list.Locator("#postings tbody tr").First.InnerTextAsync(), Does.Contain("Baker 51"));
        await AttachScreenshotAsync(list, "dashboard-list-page-2.png", "The second page of the list sorted by title");
    }

    [Test]
    public async Task The_connect_page_shows_the_calendar_address_and_makes_a_new_one()
    {
        var connect = await OpenAsync("/connect");
        var before = await connect.TextContentAsync("#calendar-url");

        await connect.ClickAsync("#new-calendar-key");
        await connect.WaitForSelectorAsync("#calendar-url");
        var after = await connect.TextContentAsync("#calendar-url");

        Assert.That(before, Does.StartWith($"{ServiceAddress.GetLeftPart(UriPartial.Authority)}/calendar/").And.EndWith(".ics"));
        Assert.That(after, Is.Not.EqualTo(before));
        await AttachScreenshotAsync(connect, "dashboard-connect-calendar.png", "The Connect page with the calendar address");
    }
}
