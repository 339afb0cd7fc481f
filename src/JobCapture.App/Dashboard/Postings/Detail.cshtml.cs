using JobCapture.App.Snapshots;
using JobCapture.Core;
using JobCapture.Core.FollowUp;
using JobCapture.Storage.Postings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard.Postings;

public sealed class DetailModel(PostingQueries queries, SnapshotLinks snapshotLinks) : PageModel
{
    public Posting Posting { get; private set; } = null!;

    public Analysis? Analysis { get; private set; }

    public IReadOnlyList<SnapshotSummary> Snapshots { get; private set; } = [];

    /// <summary>The newest snapshot on the snapshot origin, for the sandboxed frame.</summary>
    public string? SnapshotLink => Snapshots.Count > 0 ? snapshotLinks.For(Snapshots[0].Id, Request.Host.Host) : null;

    public static IReadOnlyList<Channel> Channels { get; } = Enum.GetValues<Channel>();

    /// <summary>Only web links are rendered as links: a captured "javascript:" URL must not become clickable.</summary>
    public string? SafeOriginalUrl =>
        Uri.TryCreate(Posting.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var posting = await queries.FindAsync(id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        Posting = posting;
        Analysis = await queries.LatestAnalysisAsync(id, cancellationToken);
        Snapshots = await queries.SnapshotsAsync(id, cancellationToken);
        return Page();
    }

    public string EvidenceText(ChannelAdvice advice) =>
        Analysis is null ? "" : string.Join(" · ", advice.Evidence.Where(i => i < Analysis.Statements.Count).Select(i => $"“{Analysis.Statements[i].Text}”"));

    public static string VerdictClass(Verdict verdict) => "verdict verdict-" + verdict.ToString().ToLowerInvariant();
}
