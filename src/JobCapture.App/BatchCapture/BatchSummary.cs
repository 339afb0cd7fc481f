using Spectre.Console;

namespace JobCapture.App.BatchCapture;

/// <summary>The table a batch ends with: how many URLs came to what, then each failed URL with its reason.</summary>
public static class BatchSummary
{
    public static void Write(IAnsiConsole console, IReadOnlyList<UrlResult> results, TimeSpan elapsed)
    {
        console.WriteLine($"Captured {results.Count(r => !r.Failed)} of {results.Count} in {elapsed.TotalSeconds:0.0} s");
        var counts = new Table().AddColumn("result").AddColumn(new TableColumn("URLs").RightAligned());
        foreach (var group in results.GroupBy(r => r.Outcome).OrderBy(g => g.Key))
        {
            counts.AddRow(Markup.Escape(group.First().OutcomeWords), group.Count().ToString());
        }

        console.Write(counts);
        var failed = results.Where(r => r.Failed).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        console.WriteLine("Not saved:");
        var reasons = new Table().AddColumn("URL").AddColumn("reason");
        foreach (var result in failed)
        {
            reasons.AddRow(new Text(result.Url), new Text(result.Detail));
        }

        console.Write(reasons);
    }
}
