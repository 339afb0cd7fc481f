using JobCapture.Core;
using JobCapture.Storage.Migrations;
using JobCapture.Storage.Tracking;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tests;

public class MigrationTests : DatabaseFixture
{
    protected override bool MigrateOnSetUp => false;

    [Test]
    public async Task A_database_made_by_the_first_schema_version_upgrades_and_keeps_its_data()
    {
        SchemaMigrator.Migrate(ConnectionString, targetVersion: 1);
        using (var connection = new SqliteConnection(ConnectionString))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO postings (PostingKey, Url, Title, Company, Location, PhoneVerdict, Summary, FirstSavedAt, LastSavedAt)
                VALUES ('https://jobs.example/1', 'https://jobs.example/1', 'Baker', 'Crumb', 'Leeds', 'forbidden', 'Don''t call', 1700000000000, 1700000000000);
                INSERT INTO snapshots (PostingId, CaptureId, Url, Title, Source, CapturedAt, ReceivedAt, HtmlGzip, HtmlLength)
                VALUES (1, 'c-1', 'https://jobs.example/search?job=1', 'Baker', 'extension', 1700000000000, 1700000000000, x'00', 1);
                INSERT INTO analyses (SnapshotId, AnalyzerVersion, Json, AnalyzedAt) VALUES (1, '0.0.1', '{}', 1700000000000);
                """;
            insert.ExecuteNonQuery();
        }

        var applied = SchemaMigrator.Migrate(ConnectionString);

        await using var db = Open();
        var posting = await db.Postings.SingleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(applied, Is.EqualTo(SchemaMigrator.All.Count - 1));
            Assert.That(posting.Title, Is.EqualTo("Baker"));
            Assert.That(posting.PhoneVerdict, Is.EqualTo("forbidden"));
            Assert.That(posting.Status, Is.EqualTo(ApplicationStatus.Saved));
            Assert.That(db.Snapshots.Count(), Is.EqualTo(1));
            Assert.That(db.Analyses.Single().Json, Is.EqualTo("{}"));
            Assert.That(db.Analyses.Single().AnalyzerVersion, Is.Not.EqualTo(AnalyzerVersion.Current), "analyses made before the read model are re-done to fill it");
        });
        var found = await new Postings.PostingQueries(db).ListAsync(new Postings.PostingFilter(Search: "baker"), CancellationToken.None);
        Assert.That(found.Items.Select(p => p.Id), Is.EqualTo(new[] { posting.Id }), "postings saved before search existed are indexed by the upgrade");
        var byUrl = await new Postings.PostingQueries(db).FindByUrlAsync("https://jobs.example/search?job=1", CancellationToken.None);
        Assert.That(byUrl?.Id, Is.EqualTo(posting.Id), "snapshots saved before URL keys existed are found by their URL");
    }

    [Test]
    public void Migrating_twice_runs_each_script_once()
    {
        var first = SchemaMigrator.Migrate(ConnectionString);
        var second = SchemaMigrator.Migrate(ConnectionString);

        Assert.That(first, Is.EqualTo(SchemaMigrator.All.Count));
        Assert.That(second, Is.Zero);
    }

    [Test]
    public void Connections_use_wal_and_full_synchronous_writes()
    {
        SchemaMigrator.Migrate(ConnectionString);
        using var db = Open();
        db.Database.OpenConnection();
        using var command = db.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA journal_mode;";
        var journal = command.ExecuteScalar();
        command.CommandText = "PRAGMA synchronous;";
        var synchronous = command.ExecuteScalar();

        Assert.That(journal, Is.EqualTo("wal"));
        Assert.That(synchronous, Is.EqualTo(2L), "2 is FULL");
    }
}
