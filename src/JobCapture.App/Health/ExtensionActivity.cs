using System.Globalization;
using JobCapture.App.Security;

namespace JobCapture.App.Health;

/// <summary>
/// When the browser extension last called the service, kept in the data folder so <c>jobcapture doctor</c> can tell
/// "the extension never reached the service" from "it did, an hour ago" — even while the service is down.
/// Written at most once a minute: the doctor needs the time, not a log of calls.
/// </summary>
public sealed class ExtensionActivity(string dataDirectory, TimeProvider clock)
{
    public const string FileName = "last-extension-call";

    /// <summary>Every extension request names itself with this header (lib/service.js).</summary>
    public const string ClientHeader = "X-JobCapture-Client";

    private static readonly TimeSpan WriteInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _writing = new();
    private DateTimeOffset _lastWritten = DateTimeOffset.MinValue;

    public static bool IsExtensionCall(HttpRequest request, ExtensionOrigins origins) =>
        request.Headers[ClientHeader].ToString().StartsWith("extension/", StringComparison.Ordinal)
        || origins.IsAllowed(request.Headers.Origin.ToString());

    public void Record()
    {
        var now = clock.GetUtcNow();
        lock (_writing)
        {
            if (now - _lastWritten < WriteInterval)
            {
                return;
            }

            OwnerOnlyFile.Write(Path.Combine(dataDirectory, FileName), now.ToString("O", CultureInfo.InvariantCulture));
            _lastWritten = now;
        }
    }

    public static DateTimeOffset? LastCall(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        return File.Exists(path) && DateTimeOffset.TryParse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when)
            ? when
            : null;
    }
}

public static class ExtensionActivityMiddleware
{
    /// <summary>Records extension calls that passed the API guard.</summary>
    public static IApplicationBuilder UseExtensionActivity(this IApplicationBuilder app)
    {
        var activity = app.ApplicationServices.GetRequiredService<ExtensionActivity>();
        var origins = app.ApplicationServices.GetRequiredService<ExtensionOrigins>();
        return app.Use((context, next) =>
        {
            if (ExtensionActivity.IsExtensionCall(context.Request, origins))
            {
                activity.Record();
            }

            return next(context);
        });
    }
}
