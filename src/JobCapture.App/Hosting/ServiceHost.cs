using JobCapture.App.Calendar;
using JobCapture.App.Captures;
using JobCapture.App.Dashboard;
using JobCapture.App.Demo;
using JobCapture.App.Errors;
using JobCapture.App.Export;
using JobCapture.App.Health;
using JobCapture.App.Logging;
using JobCapture.App.Pairing;
using JobCapture.App.Postings;
using JobCapture.App.Security;
using JobCapture.App.Stats;
using JobCapture.Storage;

namespace JobCapture.App.Hosting;

/// <summary>The companion service: API and dashboard on one loopback port.</summary>
public static class ServiceHost
{
    public static WebApplication Build(ServiceOptions options)
    {
        var dataDirectory = DataDirectory.Ensure(options.DataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(ServiceHost).Assembly.GetName().Name,
        });

        builder.AddJobCaptureLogging(dataDirectory, options.ConsoleLogging);
        builder.Services.AddProblemResponses();
        builder.AddLoopbackKestrel(options);
        builder.AddJobCaptureSecurity(dataDirectory, options);
        builder.AddJobCaptureStorage(DatabaseTarget.Choose(options.Database, dataDirectory));
        builder.AddCapturePipeline(options.Analysis);
        builder.AddDashboard(options);
        builder.AddSnapshotOrigin(options);

        var app = builder.Build();
        app.UseTrustedProxy(options.TrustedProxy);
        app.UseRequestLogging();
        app.UseProblemResponses();
        app.UseMiddleware<HostAllowlist>(new AllowedHostNames(options.HostNames));
        app.UseResponseHeaders();
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<ApiGuard>().UseExtensionActivity());
        app.UseWhen(ExportEndpoints.IsTokenExport, export => export.UseMiddleware<ApiGuard>());
        app.UseMiddleware<SameOriginForms>();
        app.UseMiddleware<DashboardSignIn>();
        app.UseMiddleware<CompleteRequestBodies>();
        app.UseRateLimiter();

        app.MapHealthApi();
        app.MapPairingApi();
        app.MapCapturesApi();
        app.MapPostingsApi();
        app.MapStatsApi();
        app.MapDashboard();
        app.MapExport();
        app.MapCalendar();
        return app;
    }

    /// <summary>Rehearses a capture, starts the service and, with <c>--demo</c>, loads the demo postings through the
    /// capture pipeline.</summary>
    public static async Task<WebApplication> StartAsync(ServiceOptions options, CancellationToken cancellationToken = default)
    {
        var app = Build(options);
        await app.Services.GetRequiredService<CaptureWarmup>().RunAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        app.Services.GetRequiredService<ServicePorts>().Dashboard = app.BaseAddress().Port;
        if (options.LoadDemo)
        {
            await DemoSeeder.SeedAsync(app.Services, cancellationToken);
        }

        return app;
    }

    /// <summary>The address the service listens on, e.g. http://127.0.0.1:5817 (the real port when 0 was asked).</summary>
    public static Uri BaseAddress(this WebApplication app) => new(app.Urls.First());

    /// <summary>The separate origin that serves captured pages.</summary>
    public static Uri SnapshotAddress(this WebApplication app) =>
        new($"http://127.0.0.1:{app.Services.GetRequiredService<ServicePorts>().Snapshots}");
}
