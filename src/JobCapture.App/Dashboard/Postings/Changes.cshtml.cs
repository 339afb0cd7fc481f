using JobCapture.Core;
using JobCapture.Core.FollowUp;
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

    public IReadOnlyList<(Channel Channel, Verdict Before, Verdict After)> VerdictChanges { get; private set; } = [];

    public IReadOnlyList<string> StatementsRemoved { get; private set; } = [];

    public IReadOnlyList<string> StatementsAdded { get; private set; } = [];

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
        VerdictChanges = Enum.GetValues<Channel>()
            .Select(c => (c, before.FollowUp.Channels[c].Verdict, after.FollowUp.Channels[c].Verdict))
            .Where(v => v.Item2 != v.Item3)
            .ToList();
        var statementsBefore = Statements(before);
        var statementsAfter = Statements(after);
        StatementsRemoved = statementsBefore.Except(statementsAfter).ToList();
        StatementsAdded = statementsAfter.Except(statementsBefore).ToList();
        return Page();
    }

    private static List<string> Statements(Analysis analysis) => analysis.Statements.Select(s => $"{s.Kind}: {s.Text}").Distinct().ToList();
}
