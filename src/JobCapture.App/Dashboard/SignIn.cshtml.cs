using JobCapture.App.Security;
using JobCapture.Storage.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

/// <summary>The shared server's sign-in: the user's pairing token (from <c>jobcapture user add</c>), or their name and
/// the password set with <c>jobcapture user passwd</c>, opens a session.</summary>
public sealed class SignInModel(PairingToken localToken, UserStore users) : PageModel
{
    public bool Refused { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? token, CancellationToken cancellationToken)
    {
        var session = string.IsNullOrWhiteSpace(token) ? null : await DashboardSignIn.SessionForAsync(token.Trim(), localToken, users, cancellationToken);
        return await OpenAsync(session);
    }

    public async Task<IActionResult> OnPostPasswordAsync([FromForm] string? name, [FromForm] string? password, CancellationToken cancellationToken)
    {
        var session = string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password)
            ? null
            : await DashboardSignIn.SessionForPasswordAsync(name.Trim(), password, users, cancellationToken);
        return await OpenAsync(session);
    }

    private async Task<IActionResult> OpenAsync(System.Security.Claims.ClaimsPrincipal? session)
    {
        if (session is null)
        {
            Refused = true;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, session);
        return LocalRedirect("/");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage();
    }
}
