using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using JobCapture.App.Calendar;
using JobCapture.App.Captures;
using JobCapture.App.Dashboard;
using JobCapture.App.Health;
using JobCapture.App.Tracking;
using JobCapture.App.Security;
using JobCapture.App.Snapshots;
using JobCapture.Storage;
using JobCapture.Storage.Migrations;

namespace JobCapture.App.Hosting;

/// <summary>The builder steps of the companion service, one per concern, in the order Program reads them.</summary>
public static class ServiceSetup
{
    /// <summary>Loopback unless a shared server asked for an address, one fixed port, HTTPS when a certificate is given,
    /// a body limit Kestrel enforces with 413 before the body is read.</summary>
    public static WebApplicationBuilder AddLoopbackKestrel(this WebApplicationBuilder builder, ServiceOptions options)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Listen(options.ListenAddress ?? IPAddress.Loopback, options.Port, listen =>
            {
                if (options.Certificate is { } certificate)
                {
                    listen.UseHttps(TlsCertificate.Load(certificate, options.CertificateKey));
                }
            });
        });
        return builder;
    }

    public static WebApplicationBuilder AddJobCaptureSecurity(this WebApplicationBuilder builder, string dataDirectory, ServiceOptions options)
    {
        builder.Services.AddSingleton(PairingToken.LoadOrCreate(dataDirectory));
        builder.Services.AddSingleton(new CalendarFeedKey(dataDirectory));
        // Antiforgery tokens are encrypted with these keys; keep them with the user's data, not in a shared profile.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        builder.Services.AddSingleton(new ExtensionOrigins(options.ExtraExtensionIds, dataDirectory));
        builder.Services.AddSingleton(services => new ExtensionActivity(dataDirectory, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddCaptureLimits(options.CaptureLimits);
        return builder;
    }

    public static WebApplicationBuilder AddJobCaptureStorage(this WebApplicationBuilder builder, DatabaseTarget database)
    {
        SchemaMigrator.Migrate(database);
        builder.Services.AddJobCaptureStorage(database);
        return builder;
    }

    public static WebApplicationBuilder AddCapturePipeline(this WebApplicationBuilder builder, AnalysisSettings settings)
    {
        builder.Services.AddCapturePipeline(settings);
        builder.Services.AddSingleton<CaptureWarmup>();
        builder.Services.AddHostedService<ReanalysisService>();
        return builder;
    }

    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder, ServiceOptions options)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "jobcapture-session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = options.Certificate is null ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
        });
        builder.Services.AddRazorPages(pages => pages.RootDirectory = "/Dashboard");
        builder.Services.AddSingleton<UserClock>();
        return builder;
    }

    public static WebApplicationBuilder AddSnapshotOrigin(this WebApplicationBuilder builder, ServiceOptions options)
    {
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ServicePorts>();
        builder.Services.AddSingleton<SnapshotLinks>();
        builder.Services.AddHostedService<SnapshotServer>();
        return builder;
    }

    /// <summary>Every answer names the service and its version; dashboard pages run no script and cannot be framed.</summary>
    public static IApplicationBuilder UseResponseHeaders(this IApplicationBuilder app)
    {
        var ports = app.ApplicationServices.GetRequiredService<ServicePorts>();
        var framesAnywhere = app.ApplicationServices.GetRequiredService<ServiceOptions>().SnapshotDefencesOffForTests;
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers[ServiceVersion.HeaderName] = ServiceVersion.Current;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on the dashboard's own form
            // posts. Other sites still get no referrer.
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; " +
                $"frame-src {(framesAnywhere ? "http:" : $"http://127.0.0.1:{ports.Snapshots} http://localhost:{ports.Snapshots}")}; frame-ancestors 'none'; base-uri 'none'";
            return next(context);
        });
    }
}
