using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>
/// Job pages that are hard to capture whole, on 127.0.0.1: Fixtures/capture/NAME.html at /capture/NAME (a description
/// that arrives late, loads on scroll or sits behind "Show more", a posting in an applicant tracking system's frame
/// served from a second origin, a sign-in wall), and for batches /batch/N (a posting per number), /status/CODE (that
/// status), /flaky/N (503 on the first request, the posting after); /capture/members-only shows a posting only to a
/// browser that visited /capture/sign-in-as-member (a cookie), and the sign-in wall to any other.
/// </summary>
internal sealed class CaptureSite : IAsyncDisposable
{
    private const string MemberCookie = "member";

    /// <summary>The end of the posting that scroll-description.html fetches when scrolled to.</summary>
    public const string ScrolledText = "Agencies: please do not send us CVs.";

    private readonly ConcurrentDictionary<string, int> _requests = new();

    private LoopbackSite _site = null!;
    private LoopbackSite _trackingSystem = null!;

    public static async Task<CaptureSite> StartAsync()
    {
        var site = new CaptureSite();
        site._trackingSystem = await LoopbackSite.StartAsync(app =>
            app.MapGet("/embed/job_app", () => Results.Text(File.ReadAllText(RepositoryPaths.Fixture("capture/ats-job.html")), "text/html; charset=utf-8")));
        site._site = await LoopbackSite.StartAsync(site.Map);
        return site;
    }

    public Uri Page(string name) => new(_site.BaseAddress, "/capture/" + name);

    public Uri Batch(int number) => new(_site.BaseAddress, $"/batch/{number}");

    public Uri Status(int code) => new(_site.BaseAddress, $"/status/{code}");

    public Uri Flaky(int number) => new(_site.BaseAddress, $"/flaky/{number}");

    /// <summary>How often a path was asked for.</summary>
    public int Requests(Uri url) => _requests.GetValueOrDefault(url.AbsolutePath);

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            _requests.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, count) => count + 1);
            await next(context);
        });
        app.MapGet("/capture/more", async () =>
        {
            await Task.Delay(400);
            return Results.Text($"<p>Payslips go out on the last Friday of the month.</p><p>{ScrolledText}</p>", "text/html; charset=utf-8");
        });
        app.MapGet("/capture/sign-in-as-member", (HttpContext context) =>
        {
            context.Response.Cookies.Append(MemberCookie, "1", new CookieOptions { Expires = DateTimeOffset.UtcNow.AddDays(1) });
            return Results.Text("<!doctype html><title>Signed in</title><h1>Welcome back</h1>", "text/html; charset=utf-8");
        });
        app.MapGet("/capture/members-only", (HttpContext context) => context.Request.Cookies.ContainsKey(MemberCookie)
            ? Results.Text(BatchPosting(0), "text/html; charset=utf-8")
            : Results.Text(File.ReadAllText(RepositoryPaths.Fixture("capture/sign-in-wall.html")), "text/html; charset=utf-8"));
        app.MapGet("/capture/{name}", (string name) =>
        {
            var path = RepositoryPaths.Fixture(Path.Combine("capture", Path.GetFileName(name) + ".html"));
            return File.Exists(path)
                ? Results.Text(File.ReadAllText(path).Replace("{{ATS}}", _trackingSystem.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal), "text/html; charset=utf-8")
                : Results.NotFound();
        });
        app.MapGet("/batch/{number:int}", (int number) => Results.Text(BatchPosting(number), "text/html; charset=utf-8"));
        app.MapGet("/status/{code:int}", (int code) => Results.StatusCode(code));
        app.MapGet("/flaky/{number:int}", (HttpContext context, int number) =>
            Requests(new Uri(_site.BaseAddress, context.Request.Path)) == 1 ? Results.StatusCode(503) : Results.Text(BatchPosting(number), "text/html; charset=utf-8"));
    }

    private static string BatchPosting(int number) => $"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Warehouse Associate {number} | Dockside</title></head>
        <body><h1>Warehouse Associate {number}</h1><p>Dockside Logistics · Hull. Pick and pack orders on the day shift.</p>
        <p>{BatchDescription}</p><p>No phone calls, please.</p></body></html>
        """;

    /// <summary>Enough text that the page is no skeleton still waiting for its content.</summary>
    private static readonly string BatchDescription = string.Join(" ", Enumerable.Repeat(
        "You will receive deliveries, scan and shelve stock, pick orders from handheld lists, pack them with care and load the "
        + "afternoon vans; the team rotates between the dock, the aisles and the packing benches every week.", 8));

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        await _trackingSystem.DisposeAsync();
    }
}
