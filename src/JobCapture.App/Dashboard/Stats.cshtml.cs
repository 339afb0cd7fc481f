using System.Globalization;
using JobCapture.App.Stats;
using JobCapture.Storage.Stats;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

/// <summary>Pipeline figures with server-drawn charts; /api/stats serves the same figures as JSON.</summary>
public sealed class StatsModel(StatsQueries stats, UserClock clock) : PageModel
{
    public PipelineStats Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await stats.ForWeekOfAsync(clock.Today, cancellationToken);

    public BarChart Funnel => new("funnel", "Funnel: how many postings reached each stage",
    [
        new("saved", Figures.Funnel.Saved), new("applied", Figures.Funnel.Applied), new("any reply", Figures.Funnel.AnyReply),
        new("interview", Figures.Funnel.Interview), new("offer", Figures.Funnel.Offer),
    ]);

    public BarChart Applications => Weekly("applications-per-week", "Applications per week", w => w.Applications);

    public BarChart FollowUps => Weekly("follow-ups-per-week", "Follow-ups per week", w => w.FollowUps);

    public BarChart ByChannel => new("follow-ups-by-channel", "Follow-ups by channel",
        Figures.FollowUpsByChannel.Select(c => new ChartBar(c.Channel, c.Count)).ToList());

    private BarChart Weekly(string id, string title, Func<WeekFigures, int> value) =>
        new(id, $"{title}, last {StatsQueries.Weeks} weeks",
            Figures.Weeks.Select(w => new ChartBar("week of " + w.WeekOf.ToString("d MMM", CultureInfo.InvariantCulture), value(w))).ToList());
}
