using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace JobCapture.App.Tests;

/// <summary>The import command, run as its own process against the data directory of a running service.</summary>
public class ImportTests : ServiceFixture
{
    private static readonly string[] Statuses = ["Wishlist", "applied", "Interview", "Offer", "Rejected"];

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("jobcapture-import-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private Task<CommandLine.Result> ImportAsync(params string[] paths) =>
        CommandLine.RunAsync("", ["import", .. paths, "--data-dir", DataDirectory]);

    private async Task<JsonElement[]> PostingsAsync(string query)
    {
        var list = await Client.GetFromJsonAsync<JsonElement>($"/api/postings?{query}");
        return [.. list.EnumerateArray()];
    }

    [Test]
    public async Task A_tracker_csv_of_20_rows_becomes_20_postings_with_their_status_and_a_second_import_adds_none()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var csv = new StringBuilder("Title,Company,URL,Location,Status,Date Applied,Notes,Salary\n");
        for (var i = 0; i < 20; i++)
        {
            csv.Append($"Driver {run} {i},\"Haulers, Inc\",https://jobs.example/{run}/{i}?utm_source=teal,Leeds,{Statuses[i % 5]},2026-11-{10 + i % 5},\"note {i}\",30k\n");
        }

        File.WriteAllText(Path.Combine(_folder, "tracker.csv"), csv.ToString());

        var first = await ImportAsync(_folder);
        var second = await ImportAsync(Path.Combine(_folder, "tracker.csv"));
        var imported = await PostingsAsync($"q={run}");
        var interviewing = await PostingsAsync($"q={run}&status=Interviewing");

        Assert.That(first.ExitCode, Is.Zero, first.Output + first.Error);
        Assert.That(first.Output, Does.Contain("Imported 20: 20 new, 0 already saved, 0 failed."));
        Assert.That(second.Output, Does.Contain("Imported 20: 0 new, 20 already saved, 0 failed."));
        Assert.That(imported, Has.Length.EqualTo(20));
        Assert.That(interviewing, Has.Length.EqualTo(4));
        Assert.That(imported.Select(p => p.GetProperty("company").GetString()).Distinct(), Is.EqualTo(new[] { "Haulers, Inc" }));
    }

    [Test]
    public async Task Rows_that_cannot_be_postings_fail_with_their_reason_and_the_others_are_imported()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(Path.Combine(_folder, "mixed.csv"), $"""
            url,title,status,applied
            https://jobs.example/{run}/good,Good {run},applied,2026-11-20
            file:///etc/passwd,Bad,saved,
            https://jobs.example/{run}/odd,Odd,daydreaming,
            https://jobs.example/{run}/date,Date,applied,next tuesday
            """);

        var result = await ImportAsync(Path.Combine(_folder, "mixed.csv"));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("Imported 4: 1 new, 0 already saved, 3 failed."));
        Assert.That(result.Output, Does.Contain("row 2: 'file:///etc/passwd' is not an http(s) URL")
            .And.Contain("row 3: unknown status 'daydreaming'")
            .And.Contain("row 4: date applied 'next tuesday' is not a date"));
        Assert.That(await PostingsAsync($"q={run}"), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Saved_pages_in_nested_folders_go_through_the_capture_pipeline_once()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var nested = Directory.CreateDirectory(Path.Combine(_folder, "week 1", "monday")).FullName;
        File.WriteAllText(Path.Combine(nested, "baker.html"),
            $"<!-- saved from url=(0030)https://jobs.example/{run}/baker -->\n" + Captures.NoCallsPage.Replace("Bake bread", $"Bake {run} bread", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_folder, "nameless.htm"), "<p>No address anywhere.</p>");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a page");

        var first = await ImportAsync(_folder);
        var second = await ImportAsync(_folder);
        var found = await PostingsAsync($"q={run}");

        Assert.That(first.Output, Does.Contain("Imported 2: 1 new, 0 already saved, 1 failed.").And.Contain("nameless.htm: the page names no address"));
        Assert.That(second.Output, Does.Contain("Imported 2: 0 new, 1 already saved, 1 failed."));
        Assert.That(found.Single().GetProperty("phoneVerdict").GetString(), Is.EqualTo("forbidden"));
        Assert.That(found.Single().GetProperty("url").GetString(), Is.EqualTo($"https://jobs.example/{run}/baker"));
    }
}
