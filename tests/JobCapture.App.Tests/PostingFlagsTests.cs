using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JobCapture.App.Tests;

/// <summary>"changed since you saved it" and "closed", on the list, the board and the posting page.</summary>
public partial class PostingFlagsTests : ServiceFixture
{
    private const string Changed = "changed since you saved it";

    private async Task<long> CaptureAsync(string url, string body, string validThrough = "")
    {
        var structured = validThrough.Length == 0 ? "" : $$"""<script type="application/ld+json">{"@type":"JobPosting","title":"Night Baker","validThrough":"{{validThrough}}"}</script>""";
        var html = $"<html><head>{structured}</head><body><h1>Night Baker</h1><p>Bake bread from 2 am.</p><p>{body}</p></body></html>";
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(html, url));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();
    }

    /// <summary>The flags shown beside the posting on each page: list row, board card, posting page.</summary>
    private async Task<(string List, string Board, string Detail)> FlagsAsync(long id)
    {
        var list = await Anonymous.GetStringAsync("/?q=baker");
        var board = await Anonymous.GetStringAsync("/board");
        var detail = await Anonymous.GetStringAsync($"/postings/{id}");
        return (Around(list, $"<tr data-posting=\"{id}\">", "</tr>"), Around(board, $"data-posting=\"{id}\">", "</article>"), Around(detail, "<h1", "<div class=\"card\""));
    }

    private static string Around(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        Assert.That(from, Is.GreaterThanOrEqualTo(0), $"the page shows {start}");
        return Flag().Replace(page[from..page.IndexOf(end, from, StringComparison.Ordinal)], "").Trim();
    }

    private static string[] Flags(string fragment) => FlagText().Matches(fragment).Select(m => m.Groups["text"].Value).ToArray();

    [Test]
    public async Task A_posting_captured_again_unchanged_is_not_flagged_and_flagged_once_its_text_changes()
    {
        var url = $"https://jobs.example/flags/{Guid.NewGuid():N}";
        var id = await CaptureAsync(url, "No phone calls, please.");
        await CaptureAsync(url, "No phone calls, please.");
        var unchanged = await FlagsAsync(id);

        await CaptureAsync(url, "No phone calls, please. Night shifts pay extra.");
        var changed = await FlagsAsync(id);

        Assert.That(Flags(unchanged.List).Concat(Flags(unchanged.Board)).Concat(Flags(unchanged.Detail)), Is.Empty);
        Assert.That(new[] { Flags(changed.List), Flags(changed.Board), Flags(changed.Detail) }, Has.All.EqualTo(new[] { Changed }));
        Assert.That(changed.Detail, Does.Contain($"href=\"/postings/{id}/changes\""));
    }

    [Test]
    public async Task A_page_that_says_it_takes_no_more_applications_is_closed_with_that_sentence()
    {
        var id = await CaptureAsync($"https://jobs.example/flags/{Guid.NewGuid():N}", "Sorry, this job is no longer available.");

        var (list, board, detail) = await FlagsAsync(id);

        Assert.That(new[] { Flags(list), Flags(board), Flags(detail) }, Has.All.EqualTo(new[] { "closed" }));
        Assert.That(System.Net.WebUtility.HtmlDecode(detail), Does.Contain("Closed: the page says: “Sorry, this job is no longer available.”"));
    }

    [Test]
    public async Task A_posting_whose_deadline_has_passed_is_closed_and_one_whose_deadline_is_ahead_is_not()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var past = await CaptureAsync($"https://jobs.example/flags/{Guid.NewGuid():N}", "Apply online.", today.AddDays(-2).ToString("yyyy-MM-dd"));
        var ahead = await CaptureAsync($"https://jobs.example/flags/{Guid.NewGuid():N}", "Apply online.", today.AddDays(2).ToString("yyyy-MM-dd"));

        var closed = await FlagsAsync(past);
        var open = await FlagsAsync(ahead);

        Assert.That(new[] { Flags(closed.List), Flags(closed.Board), Flags(closed.Detail) }, Has.All.EqualTo(new[] { "closed" }));
        Assert.That(closed.Detail, Does.Contain($"Closed: applications closed {today.AddDays(-2):d MMM yyyy}."));
        Assert.That(Flags(open.List).Concat(Flags(open.Board)).Concat(Flags(open.Detail)), Is.Empty);
    }

    /// <summary>The verdict badges and forms around the flags are not part of what is compared.</summary>
    [GeneratedRegex("<(form|select)\\b.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Flag();

    [GeneratedRegex("class=\"flag flag-[a-z]+\"[^>]*>(?<text>[^<]+)<")]
    private static partial Regex FlagText();
}
