using JobCapture.Core;
using JobCapture.Core.FollowUp;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Copy;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using JobCapture.Storage.Users;
using JobCapture.Tests;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tests;

/// <summary>A local SQLite database copied into PostgreSQL (this fixture's database) for a user of the server.</summary>
public class DatabaseCopyTests() : DatabaseFixture(DatabaseEngine.Postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private TestDatabase _local = null!;

    [SetUp]
    public async Task FillALocalDatabase()
    {
        _local = TestDatabase.Create(DatabaseEngine.Sqlite);
        Migrations.SchemaMigrator.Migrate(_local.Target);
        await using var db = StorageSetup.Open(_local.Target);
        var analyzer = PostingAnalyzer.CreateDefault();
        for (var i = 0; i < 3; i++)
        {
            var key = $"https://jobs.example/{i}";
            var html = $"<h1>Cook {i}</h1><p>Grill station. No phone calls, please.</p>";
            var stored = await new CaptureStore(db).SaveAsync(new NewCapture($"c-{i}", key, key, $"Cook {i}", "extension", Now, html, null, [1, 2, 3]), analyzer.AnalyzeHtml(html, key), Now, None);
            await new TrackingStore(db, TimeProvider.System).SetStatusAsync(stored.PostingId, ApplicationStatus.Applied, new DateOnly(2026, 11, 20), None);
        }

        await new TrackingStore(db, TimeProvider.System).LogFollowUpAsync(1, Channel.Email, new DateOnly(2026, 11, 27), "Wrote", null, None);
        await new TrackingStore(db, TimeProvider.System).AddReferralAsync("Grill House", "Dana", "", "", None);
    }

    [TearDown]
    public void DeleteLocalDatabase() => _local.Dispose();

    private async Task<Owner> UserAsync(string name)
    {
        await using var db = Open();
        await new UserStore(db, TimeProvider.System).AddAsync(name, None);
        return Owner.Of((await new UserStore(db, TimeProvider.System).FindAsync(name, None))!.Id, name);
    }

    [Test]
    public async Task The_copy_has_every_row_of_every_table_with_the_same_checksum_and_is_searchable()
    {
        var alice = await UserAsync("alice");
        await using var source = StorageSetup.Open(_local.Target);
        await using var target = Open(alice);

        Assert.That(await DatabaseCopy.CopyAsync(source, target, None), Is.True);

        var before = await TableChecksums.ForAsync(source, None);
        var after = await TableChecksums.ForAsync(target, None);
        Assert.That(after, Is.EqualTo(before));
        Assert.That(before.Select(t => t.Rows), Is.EqualTo(new[] { 3, 3, 3, 3, 4, 1, 1 }), "postings, snapshots, analyses, sightings, status changes (one from the follow-up), follow-ups, referrals");
        Assert.That((await new PostingQueries(target).ListAsync(new PostingFilter(Search: "grill"), None)).Total, Is.EqualTo(3));
    }

    [Test]
    public async Task A_value_changed_after_the_copy_changes_that_tables_checksum_only()
    {
        var alice = await UserAsync("alice");
        await using var source = StorageSetup.Open(_local.Target);
        await using var target = Open(alice);
        await DatabaseCopy.CopyAsync(source, target, None);

        await target.FollowUps.ExecuteUpdateAsync(set => set.SetProperty(f => f.Note, "Wrote twice"), None);

        var before = await TableChecksums.ForAsync(source, None);
        var after = await TableChecksums.ForAsync(target, None);
        Assert.That(before.Zip(after).Where(pair => pair.First != pair.Second).Select(pair => pair.First.Table), Is.EqualTo(new[] { "follow_ups" }));
    }

    [Test]
    public async Task An_account_that_already_has_postings_gets_nothing()
    {
        var alice = await UserAsync("alice");
        await using var source = StorageSetup.Open(_local.Target);
        await using (var first = Open(alice))
        {
            await DatabaseCopy.CopyAsync(source, first, None);
        }

        await using var target = Open(alice);
        Assert.That(await DatabaseCopy.CopyAsync(source, target, None), Is.False);
        Assert.That(await target.Postings.CountAsync(), Is.EqualTo(3));
    }
}
