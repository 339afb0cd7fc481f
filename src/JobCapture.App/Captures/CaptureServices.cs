using JobCapture.Core;
using JobCapture.Storage;
using JobCapture.Storage.Migrations;

namespace JobCapture.App.Captures;

public static class CaptureServices
{
    public static IServiceCollection AddCapturePipeline(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(PostingAnalyzer.CreateDefault());
        services.AddScoped<CapturePipeline>();
        services.AddScoped<Export.PostingExport>();
        return services;
    }

    /// <summary>The pipeline without the web host, for commands that store captures directly (the CLI's capture).</summary>
    public static ServiceProvider BuildStandalone(string dataDirectory)
    {
        var databasePath = Path.Combine(dataDirectory, StorageSetup.DatabaseFileName);
        SchemaMigrator.Migrate(StorageSetup.ConnectionString(databasePath));
        return new ServiceCollection()
            .AddJobCaptureStorage(databasePath)
            .AddCapturePipeline()
            .BuildServiceProvider();
    }
}
