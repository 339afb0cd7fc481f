using JobCapture.Storage.Analyses;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Sightings;
using JobCapture.Storage.Snapshots;
using JobCapture.Storage.Tracking;
using JobCapture.Storage.Users;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage;

/// <summary>The database. The schema is made by the versioned SQL in Migrations/, not by EF. Every query sees only the
/// <see cref="Owner"/>'s postings and what hangs off them (snapshots, sightings, analyses, status changes, follow-ups) and their
/// referral contacts: the filters are set once here, so no query can forget them. Work for all users at once (the
/// re-analysis at start, user removal, the copy from SQLite) says so with IgnoreQueryFilters.</summary>
public sealed class JobCaptureDb(DbContextOptions<JobCaptureDb> options, Owner owner) : DbContext(options)
{
    public DbSet<Posting> Postings => Set<Posting>();
    public DbSet<Snapshot> Snapshots => Set<Snapshot>();
    public DbSet<StoredAnalysis> Analyses => Set<StoredAnalysis>();
    public DbSet<Sighting> Sightings => Set<Sighting>();
    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();
    public DbSet<FollowUpEntry> FollowUps => Set<FollowUpEntry>();
    public DbSet<ReferralContact> ReferralContacts => Set<ReferralContact>();
    public DbSet<User> Users => Set<User>();

    public long OwnerId => owner.Id;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JobCaptureDb).Assembly);
        modelBuilder.Entity<Posting>().HasQueryFilter(p => p.OwnerId == OwnerId);
        modelBuilder.Entity<ReferralContact>().HasQueryFilter(r => r.OwnerId == OwnerId);
        modelBuilder.Entity<Snapshot>().HasQueryFilter(s => Postings.Any(p => p.Id == s.PostingId));
        modelBuilder.Entity<Sighting>().HasQueryFilter(s => Postings.Any(p => p.Id == s.PostingId));
        modelBuilder.Entity<StoredAnalysis>().HasQueryFilter(a => Snapshots.Any(s => s.Id == a.SnapshotId));
        modelBuilder.Entity<StatusChange>().HasQueryFilter(c => Postings.Any(p => p.Id == c.PostingId));
        modelBuilder.Entity<FollowUpEntry>().HasQueryFilter(f => Postings.Any(p => p.Id == f.PostingId));
    }

    /// <summary>SQLite has no date type and EF cannot order DateTimeOffset text: times are Unix milliseconds, calendar
    /// dates ISO text (which sorts). PostgreSQL keeps the same representation, so one model and one copy serve both.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        configurationBuilder.Properties<DateOnly>().HaveConversion<IsoDateConverter>();
    }
}
