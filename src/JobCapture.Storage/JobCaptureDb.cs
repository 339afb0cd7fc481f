using JobCapture.Storage.Analyses;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Snapshots;
using JobCapture.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage;

/// <summary>The user's local database. The schema is made by the versioned SQL in Migrations/, not by EF.</summary>
public sealed class JobCaptureDb(DbContextOptions<JobCaptureDb> options) : DbContext(options)
{
    public DbSet<Posting> Postings => Set<Posting>();
    public DbSet<Snapshot> Snapshots => Set<Snapshot>();
    public DbSet<StoredAnalysis> Analyses => Set<StoredAnalysis>();
    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();
    public DbSet<FollowUpEntry> FollowUps => Set<FollowUpEntry>();
    public DbSet<ReferralContact> ReferralContacts => Set<ReferralContact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JobCaptureDb).Assembly);

    /// <summary>SQLite has no date type and EF cannot order DateTimeOffset text: times are Unix milliseconds, calendar
    /// dates ISO text (which sorts).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        configurationBuilder.Properties<DateOnly>().HaveConversion<IsoDateConverter>();
    }
}
