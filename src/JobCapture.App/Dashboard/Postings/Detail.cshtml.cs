using JobCapture.App.Hosting;
using JobCapture.App.Snapshots;
using JobCapture.Core;
using JobCapture.Core.FollowUp;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard.Postings;

/// <summary>One posting: its analysis with the evidence, the captured page (sandboxed), and the user's tracking —
/// status, notes, follow-ups made and the plan for the next one.</summary>
public sealed class DetailModel(PostingQueries queries, TrackingStore tracking, SnapshotLinks snapshotLinks, UserClock clock, ServiceOptions options) : PageModel
{
    public Posting Posting { get; private set; } = null!;

    public Analysis? Analysis { get; private set; }

    public IReadOnlyList<SnapshotSummary> Snapshots { get; private set; } = [];

    public IReadOnlyList<PlaceSeen> PlacesSeen { get; private set; } = [];

    public IReadOnlyList<FollowUpEntry> FollowUps { get; private set; } = [];

    public IReadOnlyList<StatusChange> History { get; private set; } = [];

    public IReadOnlyList<ReferralContact> Referrals { get; private set; } = [];

    public FollowUpPlan Plan { get; private set; } = FollowUpPlan.Empty;

    public IReadOnlyList<FollowUpDraft> Drafts { get; private set; } = [];

    public DateOnly Today => clock.Today;

    /// <summary>The warning earned by the follow-up just logged, shown once after the redirect.</summary>
    [TempData]
    public string? LoggedWarning { get; set; }

    public static IReadOnlyList<Channel> Channels { get; } = Enum.GetValues<Channel>();

    public static IReadOnlyList<ApplicationStatus> Statuses { get; } = Enum.GetValues<ApplicationStatus>();

    /// <summary>Only web links are rendered as links: a captured "javascript:" URL must not become clickable.</summary>
    public string? SafeOriginalUrl => SafeLink(Posting.Url);

    public static string? SafeLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    /// <summary>The newest snapshot on the snapshot origin, for the sandboxed frame.</summary>
    public string? SnapshotLink => Snapshots.Count > 0 ? snapshotLinks.For(Snapshots[0].Id, Request.Host.Host) : null;

    /// <summary>The newest snapshot saved with a text selection: what the user marked on the page.</summary>
    public SnapshotSummary? SelectionSnapshot => Snapshots.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Selection));

    /// <summary>The newest snapshot saved with a screenshot.</summary>
    public SnapshotSummary? ScreenshotSnapshot => Snapshots.FirstOrDefault(s => s.HasScreenshot);

    /// <summary>The frame's sandbox attribute: empty (everything forbidden), or absent only for the browser tests'
    /// proof that the defences matter.</summary>
    public string? SnapshotSandbox => options.SnapshotDefencesOffForTests ? null : "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>A snapshot's screenshot as a PNG: an image of the page, made by the browser, not the page's own markup.</summary>
    public async Task<IActionResult> OnGetScreenshotAsync(long id, long snapshotId, CancellationToken cancellationToken) =>
        await queries.ScreenshotAsync(id, snapshotId, cancellationToken) is { } png ? File(png, "image/png") : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(long id, ApplicationStatus status, DateOnly? onDate, CancellationToken cancellationToken) =>
        await tracking.SetStatusAsync(id, status, onDate ?? clock.Today, cancellationToken) ? RedirectToPage(new { id }) : NotFound();

    public async Task<IActionResult> OnPostNotesAsync(long id, string? notes, CancellationToken cancellationToken) =>
        await tracking.SaveNotesAsync(id, (notes ?? "").Trim(), cancellationToken) ? RedirectToPage(new { id }) : NotFound();

    public async Task<IActionResult> OnPostFollowUpAsync(long id, Channel channel, DateOnly? onDate, string? note, CancellationToken cancellationToken)
    {
        var analysis = await queries.LatestAnalysisAsync(id, cancellationToken);
        var earlier = (await tracking.FollowUpsAsync(id, cancellationToken)).Count(f => f.Channel == channel);
        var warning = analysis is null ? null : FollowUpLogWarning.For(analysis, channel, earlier);
        var entry = await tracking.LogFollowUpAsync(id, channel, onDate ?? clock.Today, (note ?? "").Trim(), warning, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        LoggedWarning = warning;
        return RedirectToPage(new { id });
    }

    public string EvidenceText(ChannelAdvice advice) =>
        Analysis is null ? "" : string.Join(" · ", advice.Evidence.Where(i => i < Analysis.Statements.Count).Select(i => $"“{Analysis.Statements[i].Text}”"));

    public static string VerdictClass(Verdict verdict) => "verdict verdict-" + VerdictNames.Name(verdict);

    /// <summary>Draft links are mailto:/tel: links we built; anything else is not rendered as a link.</summary>
    public static string? SafeDraftLink(FollowUpDraft draft) =>
        draft.Link is { } link && (link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("tel:", StringComparison.Ordinal)) ? link : null;

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var posting = await queries.FindAsync(id, cancellationToken);
        if (posting is null)
        {
            return false;
        }

        Posting = posting;
        Analysis = await queries.LatestAnalysisAsync(id, cancellationToken);
        Snapshots = await queries.SnapshotsAsync(id, cancellationToken);
        PlacesSeen = await queries.PlacesSeenAsync(id, cancellationToken);
        FollowUps = await tracking.FollowUpsAsync(id, cancellationToken);
        History = await tracking.StatusHistoryAsync(id, cancellationToken);
        Referrals = await tracking.ReferralsAtAsync(posting.Company, cancellationToken);
        if (Analysis is not null)
        {
            Plan = FollowUpPlanner.Plan(Analysis, posting.AppliedOn);
            Drafts = FollowUpPlanner.Drafts(Analysis, posting.AppliedOn);
        }

        return true;
    }
}
