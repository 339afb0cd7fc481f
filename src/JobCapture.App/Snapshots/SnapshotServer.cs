using System.Net;
using JobCapture.App.Errors;
using JobCapture.App.Hosting;
using JobCapture.App.Security;
using JobCapture.Storage.Postings;

namespace JobCapture.App.Snapshots;

/// <summary>
/// Serves captured pages from their own origin (a second loopback port), never from the dashboard's. The pages are
/// written by strangers: the response is sandboxed by CSP (no scripts, no forms, a unique origin), may load nothing
/// from the network, can only be framed by the dashboard, and is never sniffed as anything but HTML.
/// Runs as a hosted service of the main app, so it starts and stops with it.
/// </summary>
public sealed class SnapshotServer(ServiceOptions options, ServicePorts ports, SnapshotLinks links, IServiceScopeFactory scopes) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddProblemResponses();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 0;
            kestrel.Listen(IPAddress.Loopback, options.EffectiveSnapshotPort);
        });
        _app = builder.Build();
        _app.UseProblemResponses();
        _app.UseMiddleware<HostAllowlist>(AllowedHostNames.None);
        _app.MapGet("/snapshots/{id:long}", ServeAsync);
        await _app.StartAsync(cancellationToken);
        ports.Snapshots = new Uri(_app.Urls.First()).Port;
        links.Port = ports.Snapshots;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task ServeAsync(long id, string? sig, HttpContext context, CancellationToken cancellationToken)
    {
        if (!links.IsValid(id, sig))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var html = await scope.ServiceProvider.GetRequiredService<PostingQueries>().SnapshotHtmlAsync(id, cancellationToken);
        if (html is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var headers = context.Response.Headers;
        if (!options.SnapshotDefencesOffForTests)
        {
            headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; " +
                $"frame-ancestors http://127.0.0.1:{ports.Dashboard} http://localhost:{ports.Dashboard}";
        }

        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html, cancellationToken);
    }
}
