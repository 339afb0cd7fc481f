using JobCapture.Storage.Captures;
using JobCapture.Storage.Migrations;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobCapture.Storage;

public static class StorageSetup
{
    public const string DatabaseFileName = "jobcapture.db";

    public static string ConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();

    /// <summary>Registers the database at <paramref name="databasePath"/> and the stores built on it. Call
    /// <see cref="SchemaMigrator.Migrate"/> before first use.</summary>
    public static IServiceCollection AddJobCaptureStorage(this IServiceCollection services, string databasePath)
    {
        var connectionString = ConnectionString(databasePath);
        services.AddDbContext<JobCaptureDb>(options => Configure(options, connectionString));
        services.AddScoped<CaptureStore>();
        services.AddScoped<PostingQueries>();
        services.AddScoped<Board.BoardQueries>();
        services.AddScoped<Stats.StatsQueries>();
        services.AddScoped<TrackingStore>();
        services.AddScoped<Rechecks.RecheckStore>();
        services.AddScoped<Analyses.Reanalysis>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static JobCaptureDb Open(string databasePath)
    {
        var options = new DbContextOptionsBuilder<JobCaptureDb>();
        Configure(options, ConnectionString(databasePath));
        return new JobCaptureDb(options.Options);
    }

    private static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas(), new StripControlCharacters());
}
