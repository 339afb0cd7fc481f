using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace JobCapture.App.Dashboard.Postings;

public enum WordChange
{
    Same,
    Removed,
    Added,
}

/// <summary>A word-level diff of two snapshots' posting text (DiffPlex), as runs the view wraps in del/ins.</summary>
public static class TextChanges
{
    public static IReadOnlyList<(string Text, WordChange Change)> Between(string before, string after)
    {
        var runs = new List<(string Text, WordChange Change)>();
        foreach (var piece in InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance).Lines)
        {
            var change = piece.Type switch
            {
                ChangeType.Deleted => WordChange.Removed,
                ChangeType.Inserted => WordChange.Added,
                _ => WordChange.Same,
            };
            if (runs.Count > 0 && runs[^1].Change == change)
            {
                runs[^1] = (runs[^1].Text + piece.Text, change);
            }
            else
            {
                runs.Add((piece.Text ?? "", change));
            }
        }

        return runs;
    }
}
