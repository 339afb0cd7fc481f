using JobCapture.Core;
using JobCapture.Storage.Postings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard.Postings;

/// <summary>What changed between two snapshots of a posting: its text word by word, its statements and its verdicts.
/// By default the first snapshot against the newest.</summary>
public sealed class ChangesModel(PostingQueries queries) : PageModel
{
    public Posting Posting { get; private set; } = null!;

    public SnapshotSummary Before { get; private set; } = null!;

    public SnapshotSummary After { get; private set; } = null!;

    public IReadOnlyList<(string Text, WordChange Change)> Text { get; private set; } = [];

    public IReadOnlyList<VerdictChange> VerdictChanges => Changes.VerdictChanges;

    public IReadOnlyList<string> StatementsRemoved => Changes.StatementsRemoved;

    public IReadOnlyList<string> StatementsAdded => Changes.StatementsAdded;

    private AnalysisChanges Changes { get; set; } = null!;

    public bool TextChanged => Text.Any(run => run.Change != WordChange.Same);

    public async Task<IActionResult> OnGetAsync(long id, long? from, long? to, CancellationToken cancellationToken)
    {
        var posting = await queries.FindAsync(id, cancellationToken);
        var snapshots = await queries.SnapshotsAsync(id, cancellationToken);
        if (posting is null || snapshots.Count == 0)
        {
            return NotFound();
        }

        Posting = posting;
        Before = snapshots.FirstOrDefault(s => s.Id == from) ?? snapshots[^1];
        After = snapshots.FirstOrDefault(s => s.Id == to) ?? snapshots[0];
        var before = await queries.SnapshotAnalysisAsync(id, Before.Id, cancellationToken);
        var after = await queries.SnapshotAnalysisAsync(id, After.Id, cancellationToken);
        if (before is null || after is null)
        {
            return NotFound();
        }

        Text = TextChanges.Between(before.Text, after.Text);
        Changes = AnalysisChanges.Between(before, after);
        return Page();
    }
}
