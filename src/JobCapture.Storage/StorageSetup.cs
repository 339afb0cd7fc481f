using JobCapture.Storage.Captures;
using JobCapture.Storage.Migrations;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using JobCapture.Storage.Users;
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

    /// <summary>Registers the SQLite database at <paramref name="databasePath"/> and the stores built on it.</summary>
    public static IServiceCollection AddJobCaptureStorage(this IServiceCollection services, string databasePath) =>
        services.AddJobCaptureStorage(DatabaseTarget.SqliteFile(databasePath));

    /// <summary>Registers the database and the stores built on it, each scope reading and writing as the scope's
    /// <see cref="Owner"/>. Call <see cref="SchemaMigrator.Migrate(DatabaseTarget, int?)"/> before first use.</summary>
    public static IServiceCollection AddJobCaptureStorage(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        services.AddScoped<Owner>();
        services.AddDbContext<JobCaptureDb>(options => Configure(options, target));
        services.AddScoped<CaptureStore>();
        services.AddScoped<PostingQueries>();
        services.AddScoped<Board.BoardQueries>();
        services.AddScoped<Stats.StatsQueries>();
        services.AddScoped<TrackingStore>();
        services.AddScoped<Rechecks.RecheckStore>();
        services.AddScoped<Analyses.Reanalysis>();
        services.AddScoped<UserStore>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static JobCaptureDb Open(string databasePath) => Open(DatabaseTarget.SqliteFile(databasePath));

    /// <summary>A context outside dependency injection, reading and writing as <paramref name="owner"/> (the local user
    /// by default).</summary>
    public static JobCaptureDb Open(DatabaseTarget target, Owner? owner = null)
    {
        var options = new DbContextOptionsBuilder<JobCaptureDb>();
        Configure(options, target);
        return new JobCaptureDb(options.Options, owner ?? new Owner());
    }

    private static void Configure(DbContextOptionsBuilder options, DatabaseTarget target)
    {
        if (target.IsSqlite)
        {
            options.UseSqlite(target.ConnectionString).AddInterceptors(new SqlitePragmas());
        }
        else
        {
            options.UseNpgsql(target.ConnectionString);
        }

        options.AddInterceptors(new StripControlCharacters());
    }
}
