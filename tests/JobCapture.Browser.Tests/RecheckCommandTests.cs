using System.Collections.Concurrent;
using JobCapture.Browser.Tests.Infrastructure;
using JobCapture.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace JobCapture.Browser.Tests;

/// <summary><c>jobcapture recheck</c>: the real executable captures saved postings again in Chromium, from a site on
/// 127.0.0.1 whose pages change, stay the same or start answering 404.</summary>
[TestFixture]
public sealed class RecheckCommandTests
{
    private readonly ConcurrentDictionary<string, string> _pages = new();
    private LoopbackSite _site = null!;
    private string _dataDirectory = null!;

    [SetUp]
    public async Task StartSiteAsync()
    {
        _site = await LoopbackSite.StartAsync(app => app.MapGet("/jobs/{name}", (string name) =>
            _pages.TryGetValue(name, out var html) ? Results.Text(html, "text/html; charset=utf-8") : Results.NotFound()));
        _dataDirectory = Directory.CreateTempSubdirectory("jobcapture-recheck-").FullName;
    }

    [TearDown]
    public async Task StopSiteAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static string Page(string title, string body) =>
        $"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Bake bread from 2 am.</p><p>{body}</p></body></html>";

    private string Url(string name) => new Uri(_site.BaseAddress, "/jobs/" + name).ToString();

    [Test]
    public async Task Rechecking_records_a_changed_page_an_unchanged_one_and_one_that_is_gone()
    {
        var browser = Chromium.RequirePath();
        _pages["changing"] = Page("Night Baker", "No phone calls, please.");
        _pages["steady"] = Page("Day Baker", "No phone calls, please.");
        _pages["vanishing"] = Page("Pastry Chef", "No phone calls, please.");
        var (captured, captureOutput) = await RunAsync("capture", Url("changing"), Url("steady"), Url("vanishing"), "--parallel", "1", "--browser", browser, "--data-dir", _dataDirectory);
        Assert.That(captured, Is.Zero, captureOutput);
        var (_, tooRecent) = await RunAsync("recheck", "--browser", browser, "--data-dir", _dataDirectory);

        _pages["changing"] = Page("Night Baker", "Questions? Feel free to call us on 020 7946 0000.");
        _pages.TryRemove("vanishing", out _);
        var (exitCode, output) = await RunAsync("recheck", "--older-than", "0", "--browser", browser, "--data-dir", _dataDirectory);

        Assert.That(tooRecent, Does.Contain("Nothing to recheck"), "postings captured a moment ago are not older than the default 7d");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("[1/3] Night Baker").And.Contain("[3/3] Pastry Chef"));
        Assert.That(output, Does.Contain("  changed: see /postings/1/changes\n").And.Contain("  unchanged\n").And.Contain("  closed: the page answered 404\n"));
        Assert.That(output, Does.Contain("Rechecked 3: 1 unchanged, 1 changed, 1 closed, 0 failed."));
        Assert.That(Postings(), Is.EqualTo(new[] { "Night Baker changed=1 gone= snapshots=2", "Day Baker changed=0 gone= snapshots=2", "Pastry Chef changed=0 gone=404 snapshots=1" }));
    }

    [Test]
    public async Task A_closed_posting_is_not_rechecked_again()
    {
        var browser = Chromium.RequirePath();
        _pages["filled"] = Page("Night Baker", "This position has been filled.");
        _pages["open"] = Page("Day Baker", "No phone calls, please.");
        await RunAsync("capture", Url("filled"), Url("open"), "--browser", browser, "--data-dir", _dataDirectory);

        var (exitCode, output) = await RunAsync("recheck", "--older-than", "0", "--browser", browser, "--data-dir", _dataDirectory);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("[1/1] Day Baker").And.Not.Contain("Night Baker"));
    }

    [Test]
    public async Task An_age_it_cannot_read_is_a_clear_error()
    {
        var (exitCode, output) = await RunAsync("recheck", "--older-than", "a week", "--data-dir", _dataDirectory);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--older-than takes a number with d, h or m"));
    }

    private string[] Postings()
    {
        using var connection = new SqliteConnection(StorageSetup.ConnectionString(Path.Combine(_dataDirectory, StorageSetup.DatabaseFileName)));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Title, ChangedSinceSaved, GoneStatus, (SELECT COUNT(*) FROM snapshots s WHERE s.PostingId = p.Id) FROM postings p ORDER BY Id";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)} changed={reader.GetInt64(1)} gone={(reader.IsDBNull(2) ? "" : reader.GetInt64(2))} snapshots={reader.GetInt64(3)}");
        }

        return [.. rows];
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var result = await ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "jobcapture.dll"), .. arguments]);
        return (result.ExitCode, result.Output + result.Error);
    }
}
