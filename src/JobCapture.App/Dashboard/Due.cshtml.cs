using JobCapture.App.Tracking;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

public sealed class DueModel(DueFollowUps dueFollowUps, UserClock clock) : PageModel
{
    public DateOnly Today => clock.Today;

    public IReadOnlyList<DueFollowUp> Due { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Due = await dueFollowUps.OnAsync(clock.Today, cancellationToken);
}
