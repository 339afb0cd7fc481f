using JobCapture.Core;
using JobCapture.Core.FollowUp;
using JobCapture.Storage.Board;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Stats;
using JobCapture.Storage.Tracking;
using JobCapture.Storage.Users;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tests;

/// <summary>Two users of one database: every query bob makes misses alice's posting and what hangs off it. Each
/// check has its twin with the filters off, showing the data it misses is there to be found.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class OwnerScopeTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private const string Key = "https://jobs.example/baker";
    private const string Html = """<script type="application/ld+json">{"@type":"JobPosting","title":"Night baker","hiringOrganization":{"name":"Crumb"}}</script><p>Bake sourdough at night. Apply by 2026-12-20.</p>""";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private Owner _alice = null!;
    private Owner _bob = null!;
    private long _alicePosting;

    [SetUp]
    public async Task AliceSavesAPostingAndTracksIt()
    {
        await using (var db = Open())
        {
            var users = new UserStore(db, TimeProvider.System);
            await users.AddAsync("alice", None);
            await users.AddAsync("bob", None);
            _alice = Owner.Of((await users.FindAsync("alice", None))!.Id, "alice");
            _bob = Owner.Of((await users.FindAsync("bob", None))!.Id, "bob");
        }

        await using var alice = Open(_alice);
        var capture = new NewCapture("alice-1", Key, Key, "Night baker", "extension", Now, Html, null, null);
        _alicePosting = (await new CaptureStore(alice).SaveAsync(capture, PostingAnalyzer.CreateDefault().AnalyzeHtml(Html, Key), Now, None)).PostingId;
        var tracking = new TrackingStore(alice, TimeProvider.System);
        await tracking.LogFollowUpAsync(_alicePosting, Channel.Email, new DateOnly(2026, 11, 27), "Wrote to the bakery", null, None);
        await tracking.SetStatusAsync(_alicePosting, ApplicationStatus.Applied, new DateOnly(2026, 11, 20), None);
        await tracking.SaveNotesAsync(_alicePosting, "Alice's own note", None);
        await tracking.AddReferralAsync("Crumb", "Carol", "school", "email", None);
    }

    [Test]
    public async Task Bob_finds_alices_posting_by_no_id_url_list_search_export_or_calendar()
    {
        await using var bob = Open(_bob);
        var queries = new PostingQueries(bob);

        Assert.Multiple(async () =>
        {
            Assert.That(await queries.FindAsync(_alicePosting, None), Is.Null);
            Assert.That(await queries.FindByUrlAsync(Key, None), Is.Null);
            Assert.That((await queries.ListAsync(new PostingFilter(), None)).Total, Is.Zero);
            Assert.That((await queries.ListAsync(new PostingFilter(Search: "sourdough"), None)).Total, Is.Zero);
            Assert.That(await queries.AllWithFollowUpCountsAsync(None), Is.Empty);
            Assert.That(await queries.CalendarDatesAsync(None), Is.Empty);
            Assert.That(await queries.LatestAnalysisAsync(_alicePosting, None), Is.Null);
            Assert.That(await queries.SnapshotsAsync(_alicePosting, None), Is.Empty);
        });
        Assert.That(await bob.Postings.IgnoreQueryFilters().AnyAsync(p => p.Id == _alicePosting), Is.True, "the posting is in the database");
        await using var alice = Open(_alice);
        var hers = new PostingQueries(alice);
        Assert.That((await hers.ListAsync(new PostingFilter(Search: "sourdough"), None)).Total, Is.EqualTo(1), "alice's own search finds it");
        Assert.That(await hers.CalendarDatesAsync(None), Has.Count.EqualTo(1), "alice's calendar has it");
        Assert.That(await hers.LatestAnalysisAsync(_alicePosting, None), Is.Not.Null);
    }

    [Test]
    public async Task Bob_can_neither_read_nor_change_alices_notes_status_follow_ups_or_referrals()
    {
        await using (var bob = Open(_bob))
        {
            var tracking = new TrackingStore(bob, TimeProvider.System);
            Assert.Multiple(async () =>
            {
                Assert.That(await tracking.SetStatusAsync(_alicePosting, ApplicationStatus.Rejected, new DateOnly(2026, 11, 21), None), Is.False);
                Assert.That(await tracking.SaveNotesAsync(_alicePosting, "bob was here", None), Is.False);
                Assert.That(await tracking.LogFollowUpAsync(_alicePosting, Channel.Phone, new DateOnly(2026, 11, 21), "", null, None), Is.Null);
                Assert.That(await tracking.FollowUpsAsync(_alicePosting, None), Is.Empty);
                Assert.That(await bob.FollowUps.IgnoreQueryFilters().CountAsync(), Is.EqualTo(1), "alice's follow-up is there");
                Assert.That(await tracking.StatusHistoryAsync(_alicePosting, None), Is.Empty);
                Assert.That(await tracking.ReferralsAsync(None), Is.Empty);
                Assert.That(await tracking.ReferralsAtAsync("Crumb", None), Is.Empty);
                Assert.That(await tracking.DueAsync(new DateOnly(2027, 1, 1), None), Is.Empty);
                Assert.That((await new BoardQueries(bob).ColumnsAsync(5, None)).Sum(c => c.Count), Is.Zero);
                Assert.That((await new StatsQueries(bob).ForWeekOfAsync(new DateOnly(2026, 11, 20), None)).Funnel.Saved, Is.Zero);
            });
        }

        await using var alice = Open(_alice);
        var posting = await alice.Postings.SingleAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(posting.Notes, Is.EqualTo("Alice's own note"));
            Assert.That(posting.Status, Is.EqualTo(ApplicationStatus.Applied));
            Assert.That(await new TrackingStore(alice, TimeProvider.System).ReferralsAtAsync("Crumb", None), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task The_same_posting_saved_by_two_users_is_two_postings()
    {
        await using var bob = Open(_bob);
        var capture = new NewCapture("bob-1", Key, Key, "Night baker", "extension", Now, Html, null, null);
        var stored = await new CaptureStore(bob).SaveAsync(capture, PostingAnalyzer.CreateDefault().AnalyzeHtml(Html, Key), Now, None);

        Assert.That(stored.IsNewPosting, Is.True);
        Assert.That(stored.PostingId, Is.Not.EqualTo(_alicePosting));
        Assert.That(await new PostingQueries(bob).FindByUrlAsync(Key, None) is { } found ? found.Id : 0, Is.EqualTo(stored.PostingId));
    }

    [Test]
    public async Task A_token_finds_its_user_until_it_is_rotated_and_removing_a_user_removes_their_postings()
    {
        await using var db = Open();
        var users = new UserStore(db, TimeProvider.System);
        var token = (await users.AddAsync("carol", None))!;
        Assert.That((await users.FindByTokenAsync(token, None))?.Name, Is.EqualTo("carol"));

        var rotated = await users.RotateTokenAsync("carol", None);
        Assert.That(await users.FindByTokenAsync(token, None), Is.Null);
        Assert.That((await users.FindByTokenAsync(rotated!, None))?.Name, Is.EqualTo("carol"));

        Assert.That(await users.RemoveAsync("alice", None), Is.EqualTo(1));
        Assert.That(await db.Postings.IgnoreQueryFilters().CountAsync(), Is.Zero);
        Assert.That(await db.ReferralContacts.IgnoreQueryFilters().CountAsync(), Is.Zero);
        Assert.That((await users.ListAsync(None)).Select(u => u.Name), Is.EqualTo(new[] { "bob", "carol" }));
    }
}
