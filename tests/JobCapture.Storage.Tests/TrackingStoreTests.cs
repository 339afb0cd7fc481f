using JobCapture.Core;
using JobCapture.Core.FollowUp;
using JobCapture.Storage.Analyses;
using JobCapture.Storage.Captures;
using JobCapture.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tests;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class TrackingStoreTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private async Task<long> SavePostingAsync(string company = "Acme Logistics")
    {
        var html = $$$"""<script type="application/ld+json">{"@type":"JobPosting","title":"Driver","hiringOrganization":{"name":"{{{company}}}"}}</script><p>No phone calls, please.</p>""";
        await using var db = Open();
        var capture = new NewCapture(Guid.NewGuid().ToString("N"), "https://jobs.example/" + Guid.NewGuid().ToString("N"), "https://jobs.example/x", "Driver", "cli", Now, html, null, null);
        var stored = await new CaptureStore(db).SaveAsync(capture, PostingAnalyzer.CreateDefault().AnalyzeHtml(html), Now, CancellationToken.None);
        return stored.PostingId;
    }

    private TrackingStore Tracking(JobCaptureDb db) => new(db, TimeProvider.System);

    [Test]
    public async Task Marking_applied_records_the_date_and_the_history()
    {
        var id = await SavePostingAsync();
        await using var db = Open();

        await Tracking(db).SetStatusAsync(id, ApplicationStatus.Applied, new DateOnly(2026, 11, 20), CancellationToken.None);
        var posting = await db.Postings.AsNoTracking().SingleAsync(p => p.Id == id);
        var history = await Tracking(db).StatusHistoryAsync(id, CancellationToken.None);

        Assert.That(posting.Status, Is.EqualTo(ApplicationStatus.Applied));
        Assert.That(posting.AppliedOn, Is.EqualTo(new DateOnly(2026, 11, 20)));
        Assert.That(history.Select(h => h.Status), Is.EqualTo(new[] { ApplicationStatus.Applied }));
    }

    [Test]
    public async Task Logging_a_follow_up_on_an_applied_posting_marks_it_followed_up_and_keeps_the_warning()
    {
        var id = await SavePostingAsync();
        await using var db = Open();
        await Tracking(db).SetStatusAsync(id, ApplicationStatus.Applied, new DateOnly(2026, 11, 20), CancellationToken.None);

        await Tracking(db).LogFollowUpAsync(id, Channel.Phone, new DateOnly(2026, 11, 27), "Called reception", "The posting asks not to call.", CancellationToken.None);
        var posting = await db.Postings.AsNoTracking().SingleAsync(p => p.Id == id);
        var log = await Tracking(db).FollowUpsAsync(id, CancellationToken.None);

        Assert.That(posting.Status, Is.EqualTo(ApplicationStatus.FollowedUp));
        Assert.That(log.Single().Warning, Is.EqualTo("The posting asks not to call."));
        Assert.That(log.Single().Channel, Is.EqualTo(Channel.Phone));
    }

    [Test]
    public async Task A_referral_contact_shows_for_every_spelling_of_the_company()
    {
        await using var db = Open();
        await Tracking(db).AddReferralAsync("ACME Logistics, Inc.", "Ravi Kumar", "former colleague", "email", CancellationToken.None);

        var matches = await Tracking(db).ReferralsAtAsync("Acme Logistics", CancellationToken.None);
        var others = await Tracking(db).ReferralsAtAsync("Acme Foods", CancellationToken.None);

        Assert.That(matches.Select(m => m.Name), Is.EqualTo(new[] { "Ravi Kumar" }));
        Assert.That(others, Is.Empty);
    }

    [Test]
    public async Task Reanalysis_updates_stale_analyses_and_never_touches_the_users_data()
    {
        var id = await SavePostingAsync();
        await using (var db = Open())
        {
            await Tracking(db).SetStatusAsync(id, ApplicationStatus.Applied, new DateOnly(2026, 11, 20), CancellationToken.None);
            await Tracking(db).SaveNotesAsync(id, "Spoke to Ravi", CancellationToken.None);
            await Tracking(db).LogFollowUpAsync(id, Channel.Email, new DateOnly(2026, 11, 27), "Sent a note", null, CancellationToken.None);
            await db.Analyses.ExecuteUpdateAsync(set => set.SetProperty(a => a.AnalyzerVersion, "0.0.0-old"));
            await db.Postings.ExecuteUpdateAsync(set => set.SetProperty(p => p.PhoneVerdict, "stale"));
        }

        await using (var db = Open())
        {
            var batch = await new Reanalysis(db, TimeProvider.System).RunBatchAsync(AnalyzeAsync, 10, CancellationToken.None);
            Assert.That(batch.Updated, Is.EqualTo(1));
        }

        await using var check = Open();
        var posting = await check.Postings.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Multiple(() =>
        {
            Assert.That(check.Analyses.Single().AnalyzerVersion, Is.EqualTo(AnalyzerVersion.Current));
            Assert.That(posting.PhoneVerdict, Is.EqualTo("forbidden"));
            Assert.That(posting.Status, Is.EqualTo(ApplicationStatus.FollowedUp));
            Assert.That(posting.Notes, Is.EqualTo("Spoke to Ravi"));
            Assert.That(posting.AppliedOn, Is.EqualTo(new DateOnly(2026, 11, 20)));
            Assert.That(check.FollowUps.Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Reanalysis_marks_and_skips_a_snapshot_it_cannot_read_and_redoes_the_others()
    {
        var broken = await SavePostingAsync("Broken Ltd");
        var sound = await SavePostingAsync("Sound Ltd");
        await using (var db = Open())
        {
            await db.Analyses.ExecuteUpdateAsync(set => set.SetProperty(a => a.AnalyzerVersion, "0.0.0-old"));
            await db.Snapshots.Where(s => s.PostingId == broken).ExecuteUpdateAsync(set => set.SetProperty(s => s.HtmlGzip, new byte[] { 1, 2, 3 }));
        }

        ReanalysisBatch batch;
        await using (var db = Open())
        {
            batch = await new Reanalysis(db, TimeProvider.System).RunBatchAsync(AnalyzeAsync, 10, CancellationToken.None);
        }

        await using var check = Open();
        var versions = await check.Analyses.AsNoTracking().Join(check.Snapshots, a => a.SnapshotId, s => s.Id, (a, s) => new { s.PostingId, a.AnalyzerVersion })
            .ToDictionaryAsync(x => x.PostingId, x => x.AnalyzerVersion);
        Assert.Multiple(async () =>
        {
            Assert.That(batch.Updated, Is.EqualTo(1));
            Assert.That(batch.Skipped.Select(s => s.Error), Has.One.InstanceOf<InvalidDataException>());
            Assert.That(versions[broken], Is.EqualTo(Reanalysis.FailedVersion));
            Assert.That(versions[sound], Is.EqualTo(AnalyzerVersion.Current));
            Assert.That(await new Reanalysis(check, TimeProvider.System).CountStaleAsync(CancellationToken.None), Is.Zero);
        });
    }

    [Test]
    public async Task Control_characters_never_reach_a_stored_text_field()
    {
        // The company comes from the page's JSON-LD, where \u0000 is a legal escape for NUL.
        var id = await SavePostingAsync("Acme\\u0000 Logistics\\u001b[31m");
        await using (var db = Open())
        {
            await Tracking(db).SaveNotesAsync(id, "Call\u0000 back\u0007\nTuesday", CancellationToken.None);
            await Tracking(db).AddReferralAsync("Acme", "Ravi\u0000 Kumar", "colleague\u0085", "email", CancellationToken.None);
        }

        await using var check = Open();
        var posting = await check.Postings.AsNoTracking().SingleAsync(p => p.Id == id);
        var referral = await check.ReferralContacts.AsNoTracking().SingleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(posting.Company, Is.EqualTo("Acme Logistics[31m"));
            Assert.That(posting.Notes, Is.EqualTo("Call back\nTuesday"));
            Assert.That(referral.Name, Is.EqualTo("Ravi Kumar"));
            Assert.That(referral.HowKnown, Is.EqualTo("colleague"));
        });
    }

    private static Task<Analysis> AnalyzeAsync(string html, string url, CancellationToken cancellationToken) =>
        Task.FromResult(PostingAnalyzer.CreateDefault().AnalyzeHtml(html, url, cancellationToken));
}
