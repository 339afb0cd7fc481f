using JobCapture.App.Calendar;
using JobCapture.App.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

/// <summary>What other programs need to reach the service: the extension's pairing token and the calendar feed.</summary>
public sealed class ConnectModel(PairingToken token, CalendarFeedKey calendarKey) : PageModel
{
    public string Token => token.Value;

    public string ServiceAddress => $"{Request.Scheme}://{Request.Host}";

    public string CalendarUrl => calendarKey.FeedUrl(ServiceAddress);

    /// <summary>A new feed address; the old one answers 404 from now on.</summary>
    public IActionResult OnPostNewCalendarKey()
    {
        calendarKey.Renew();
        return RedirectToPage();
    }
}
