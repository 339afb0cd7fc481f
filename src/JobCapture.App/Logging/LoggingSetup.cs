using Serilog;
using Serilog.Events;

namespace JobCapture.App.Logging;

/// <summary>
/// Serilog from appsettings.json, writing to the console and to a daily rolling file in the data directory.
/// If the configuration cannot be read, a plain console + file logger is used instead so the service still starts
/// and says why. Nothing logs page contents or the pairing token: captures are logged by id, URL host and size only.
/// </summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddJobCaptureLogging(this WebApplicationBuilder builder, string dataDirectory, bool console)
    {
        var logger = Create(builder.Configuration, Path.Combine(dataDirectory, "logs", "jobcapture-.log"), console);
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }

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
