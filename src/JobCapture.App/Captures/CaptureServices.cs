using JobCapture.Core;
using JobCapture.Storage;
using JobCapture.Storage.Migrations;

namespace JobCapture.App.Captures;

public static class CaptureServices
{
    public static IServiceCollection AddCapturePipeline(this IServiceCollection services, AnalysisSettings settings)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(new PostingAnalyzer(settings.Analyzer));
        services.AddSingleton<AnalysisRunner>();
        services.AddSingleton<LargePageMemory>();
        services.AddScoped<CapturePipeline>();
        services.AddScoped<Export.PostingExport>();
        return services;
    }

    /// <summary>The pipeline without the web host, for commands that store captures directly (the CLI's capture).</summary>
    public static ServiceProvider BuildStandalone(DatabaseTarget database, AnalysisSettings? settings = null)
    {
        SchemaMigrator.Migrate(database);
        return new ServiceCollection()
            .AddLogging()
            .AddJobCaptureStorage(database)
            .AddCapturePipeline(settings ?? new AnalysisSettings())
            .BuildServiceProvider();
    }
}
