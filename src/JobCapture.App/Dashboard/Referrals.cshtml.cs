using JobCapture.Storage.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

/// <summary>People the user knows at companies; each shows on every posting of that company under Referral.</summary>
public sealed class ReferralsModel(TrackingStore tracking) : PageModel
{
    public IReadOnlyList<ReferralContact> People { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => People = await tracking.ReferralsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? company, string? name, string? howKnown, string? channel, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(company) || string.IsNullOrWhiteSpace(name))
        {
            Error = "A company and a name are needed.";
            People = await tracking.ReferralsAsync(cancellationToken);
            return Page();
        }

        await tracking.AddReferralAsync(company, name, howKnown ?? "", channel ?? "", cancellationToken);
        return RedirectToPage();
    }
}
