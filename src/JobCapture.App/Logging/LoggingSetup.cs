using Serilog;
using Serilog.Events;

namespace JobCapture.App.Logging;

/// <summary>
/// Serilog from appsettings.json, writing to the console and to a daily rolling file in the data directory, with one
/// line per request (method, path, status, milliseconds). If the configuration cannot be read, a plain console + file
/// logger is used instead so the service still starts and says why. Nothing logs page contents or the pairing token:
/// no bodies, no headers, no query strings; captures are logged by posting id, statement kinds and time.
/// </summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddJobCaptureLogging(this WebApplicationBuilder builder, string dataDirectory, bool console)
    {
        var logger = Create(builder.Configuration, Path.Combine(dataDirectory, "logs", "jobcapture-.log"), console);
        builder.Host.UseSerilog(logger, dispose: true);
        // The request log writes through this instance, not the static Log.Logger (tests run several services at once).
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        return builder;
    }

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0} ms";
            // The path only: a query string can carry a URL the user visited, or a token someone pasted.
            options.IncludeQueryInRequestPath = false;
        });

    private static Serilog.Core.Logger Create(IConfiguration configuration, string logPath, bool console)
    {
        try
        {
            return WithSinks(new LoggerConfiguration().ReadFrom.Configuration(configuration), configuration, logPath, console).CreateLogger();
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            var fallback = WithSinks(new LoggerConfiguration().MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning), configuration, logPath, console: true).CreateLogger();
            fallback.Warning(ex, "Logging settings in appsettings.json could not be read; using defaults");
            return fallback;
        }
    }

    private static LoggerConfiguration WithSinks(LoggerConfiguration configuration, IConfiguration settings, string logPath, bool console)
    {
        var file = settings.GetSection("Logging:File");
        configuration = configuration.WriteTo.File(
            logPath,
            rollingInterval: RollingInterval.Day,
            fileSizeLimitBytes: file.GetValue<long?>("FileSizeLimitBytes") ?? 10 * 1024 * 1024,
            rollOnFileSizeLimit: true,
            retainedFileCountLimit: file.GetValue<int?>("RetainedFileCountLimit") ?? 14);
        return console ? configuration.WriteTo.Console() : configuration;
    }
}
