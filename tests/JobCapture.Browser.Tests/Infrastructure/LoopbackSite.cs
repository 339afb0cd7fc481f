using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>A tiny web server on 127.0.0.1 for the tests: a job site serving our posting pages, or a stand-in.</summary>
internal sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackSite(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<LoopbackSite> StartAsync(Action<WebApplication> map, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new LoopbackSite(app);
    }

    /// <summary>A job site: GET /jobs/NAME serves Fixtures/NAME.html (any query string, so one page can be many postings).</summary>
    public static Task<LoopbackSite> StartJobSiteAsync() =>
        StartAsync(app => app.MapGet("/jobs/{name}", (string name) =>
        {
            var path = RepositoryPaths.Fixture(Path.GetFileName(name) + ".html");
            return File.Exists(path) ? Results.Text(File.ReadAllText(path), "text/html; charset=utf-8") : Results.NotFound();
        }));

    public Uri JobUrl(string name, string query = "") => new(BaseAddress, "/jobs/" + name + query);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
