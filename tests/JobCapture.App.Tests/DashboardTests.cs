using System.Net.Http.Json;
using System.Text.Json;

namespace JobCapture.App.Tests;

public class DashboardTests : ServiceFixture
{
    [Test]
    [Category("Threats")]
    public async Task Captured_markup_is_shown_as_encoded_text_never_as_html()
    {
        const string hostile = """
            <html><body><h1>Hostile &lt;b&gt;Title</h1>
            <p>Apply now &lt;script&gt;alert(1)&lt;/script&gt; and see.</p><img src=x onerror="alert(2)">
            <script>alert(3)</script></body></html>
            """;
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(hostile));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postingId").GetInt64();

        var detail = await Anonymous.GetStringAsync($"/postings/{id}");

        Assert.That(detail, Does.Not.Contain("<script>alert").And.Not.Contain("onerror").And.Not.Contain("<b>Title"));
        Assert.That(detail, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    [Test]
    public async Task The_connect_page_shows_the_pairing_token()
    {
        var page = await Anonymous.GetStringAsync("/connect");

        Assert.That(page, Does.Contain(Token));
    }

    [Test]
    public async Task An_unknown_posting_is_a_404()
    {
        using var response = await Anonymous.GetAsync("/postings/987654");

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
    }

    [Test]
    [Category("Threats")]
    public async Task The_log_file_holds_neither_the_token_nor_page_contents()
    {
        const string marker = "UNIQUE-PAGE-MARKER-7731";
        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request($"<p>{marker} No phone calls, please.</p>"));

        var logs = Directory.GetFiles(Path.Combine(DataDirectory, "logs")).Select(ReadShared).ToList();

        Assert.That(logs, Is.Not.Empty);
        Assert.That(string.Concat(logs), Does.Not.Contain(Token).And.Not.Contain(marker));
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
