using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobCapture.App.BatchCapture;

/// <summary>Progress on a terminal: one bar with done/total, pages per minute, the time left and the URL being
/// captured; failures are printed above it as they happen.</summary>
public sealed class LiveProgress(ProgressTask task, IAnsiConsole console) : IBatchProgress
{
    public static ProgressColumn[] Columns() =>
    [
        new SpinnerColumn(), new ProgressBarColumn(), new DoneOfTotalColumn(), new RateColumn(), new RemainingTimeColumn(), new TaskDescriptionColumn { Alignment = Justify.Left },
    ];

    public void Started(string url) => task.Description = Markup.Escape(url);

    public void Retrying(string url, string reason, int triesSoFar) =>
        console.MarkupLineInterpolated($"[yellow]{url}[/]: {reason}, trying again (try {triesSoFar + 1})");

    public void Finished(UrlResult result)
    {
        if (result.Failed)
        {
            console.MarkupLineInterpolated($"[red]failed[/] {result.Url}: {result.Detail}");
        }

        task.Increment(1);
    }

    private sealed class DoneOfTotalColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Value:0}/{task.MaxValue:0}");
    }

    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } perSecond ? $"{perSecond * 60:0.0}/min" : "–/min", new Style(Color.Grey));
    }
}
