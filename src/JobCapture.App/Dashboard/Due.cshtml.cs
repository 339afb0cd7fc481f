using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

/// <summary>Applications whose first follow-up (the posting's stated response time, or the default business days
/// after applying) is due today or overdue.</summary>
public sealed class DueModel(TrackingStore tracking, UserClock clock) : PageModel
{
    public DateOnly Today => clock.Today;

    public IReadOnlyList<Posting> Due { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Due = await tracking.DueAsync(clock.Today, cancellationToken);
}
