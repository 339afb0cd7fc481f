using JobCapture.App.Calendar;
using JobCapture.App.Security;
using JobCapture.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

/// <summary>What other programs need to reach the service: the extension's pairing token and the calendar feed. A
/// user of a shared server sees their own feed, and never the server's token (theirs was printed by user add).</summary>
public sealed class ConnectModel(PairingToken token, CalendarFeedKey calendarKey, Owner owner, UserStore users) : PageModel
{
    public string? Token => IsServersOwn ? token.Value : null;

    public string ServiceAddress => $"{Request.Scheme}://{Request.Host}";

    public string CalendarUrl { get; private set; } = "";

    private bool IsServersOwn => owner.Id == Owner.LocalId;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        CalendarUrl = IsServersOwn
            ? calendarKey.FeedUrl(ServiceAddress)
            : $"{ServiceAddress}/calendar/{(await users.FindAsync(owner.Name, cancellationToken))!.CalendarKey}.ics";

    /// <summary>A new feed address; the old one answers 404 from now on.</summary>
    public IActionResult OnPostNewCalendarKey()
    {
        if (IsServersOwn)
        {
            calendarKey.Renew();
        }

        return RedirectToPage();
    }
}
