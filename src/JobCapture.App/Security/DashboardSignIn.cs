using System.Security.Claims;
using JobCapture.App.Hosting;
using JobCapture.Storage;
using JobCapture.Storage.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JobCapture.App.Security;

/// <summary>
/// On a shared server the dashboard is no longer the machine's one user's: every dashboard request needs a session
/// cookie, made by signing in (<c>/signin</c>) with a pairing token or a user's name and password, and runs as that
/// session's <see cref="Owner"/>. The session keeps a stamp of the user's credentials (their token's hash and password
/// hash) and is checked against the database on each request, so rotating a token, setting a new password or removing
/// a user ends their sessions at once. /api, token exports and calendar feeds carry their own credentials.
/// </summary>
public sealed class DashboardSignIn(RequestDelegate next, ServiceOptions options, PairingToken localToken)
{
    public const string SignInPath = "/signin";
    private const string StampClaim = "jobcapture:credentials-stamp";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!options.RequiresSignIn || CarriesOwnCredentials(context))
        {
            await next(context);
            return;
        }

        var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (session.Principal is { } principal && await BecomeAsync(context, principal))
        {
            await next(context);
        }
        else if (context.Request.Path.StartsWithSegments(SignInPath))
        {
            await next(context);
        }
        else
        {
            context.Response.Redirect(SignInPath);
        }
    }

    /// <summary>The session for <paramref name="token"/> (the server's own or a user's), or null for a wrong token.</summary>
    public static async Task<ClaimsPrincipal?> SessionForAsync(string token, PairingToken localToken, UserStore users, CancellationToken cancellationToken)
    {
        if (localToken.Matches(token))
        {
            return Principal(Owner.LocalId, "local", LocalStamp(localToken));
        }

        var user = token.Length == Secrets.Length ? await users.FindByTokenAsync(token, cancellationToken) : null;
        return user is null ? null : Principal(user);
    }

    /// <summary>The session for a user's name and password (set by <c>user passwd</c>), or null when they do not match.
    /// The server's own account has no password: it signs in with its token.</summary>
    public static async Task<ClaimsPrincipal?> SessionForPasswordAsync(string name, string password, UserStore users, CancellationToken cancellationToken) =>
        await users.FindByPasswordAsync(name, password, cancellationToken) is { } user ? Principal(user) : null;

    private static ClaimsPrincipal Principal(User user) => Principal(user.Id, user.Name, Stamp(user));

    private static ClaimsPrincipal Principal(long id, string name, string stamp) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, name), new Claim(StampClaim, stamp)],
            CookieAuthenticationDefaults.AuthenticationScheme));

    private static string Stamp(User user) => Secrets.Hash(user.TokenHash + "\n" + user.PasswordHash);

    private static string LocalStamp(PairingToken token) => Secrets.Hash(token.Value);

    private async Task<bool> BecomeAsync(HttpContext context, ClaimsPrincipal principal)
    {
        var id = long.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);
        var name = principal.FindFirstValue(ClaimTypes.Name)!;
        var stamp = principal.FindFirstValue(StampClaim);
        var current = id == Owner.LocalId
            ? LocalStamp(localToken)
            : (await context.RequestServices.GetRequiredService<UserStore>().FindAsync(name, context.RequestAborted)) is { } user && user.Id == id ? Stamp(user) : null;
        if (current is null || current != stamp)
        {
            return false;
        }

        context.RequestServices.GetRequiredService<Owner>().Become(id, name);
        return true;
    }

    private static bool CarriesOwnCredentials(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/calendar") || Export.ExportEndpoints.IsTokenExport(context);
}
