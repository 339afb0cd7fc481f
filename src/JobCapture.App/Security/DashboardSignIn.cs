using System.Security.Claims;
using JobCapture.App.Hosting;
using JobCapture.Storage;
using JobCapture.Storage.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JobCapture.App.Security;

/// <summary>
/// On a shared server the dashboard is no longer the machine's one user's: every dashboard request needs a session
/// cookie, made by signing in with a pairing token (<c>/signin</c>), and runs as that session's <see cref="Owner"/>. The
/// session keeps the token's hash and is checked against the database on each request, so rotating a token or removing
/// a user ends their sessions at once. /api, token exports and calendar feeds carry their own credentials.
/// </summary>
public sealed class DashboardSignIn(RequestDelegate next, ServiceOptions options, PairingToken localToken)
{
    public const string SignInPath = "/signin";
    private const string TokenHashClaim = "jobcapture:token-hash";

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
            return Principal(Owner.LocalId, "local", Secrets.Hash(token));
        }

        var user = token.Length == Secrets.Length ? await users.FindByTokenAsync(token, cancellationToken) : null;
        return user is null ? null : Principal(user.Id, user.Name, user.TokenHash);
    }

    private static ClaimsPrincipal Principal(long id, string name, string tokenHash) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, name), new Claim(TokenHashClaim, tokenHash)],
            CookieAuthenticationDefaults.AuthenticationScheme));

    private async Task<bool> BecomeAsync(HttpContext context, ClaimsPrincipal principal)
    {
        var id = long.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);
        var name = principal.FindFirstValue(ClaimTypes.Name)!;
        var tokenHash = principal.FindFirstValue(TokenHashClaim);
        var current = id == Owner.LocalId
            ? Secrets.Hash(localToken.Value)
            : (await context.RequestServices.GetRequiredService<UserStore>().FindAsync(name, context.RequestAborted)) is { } user && user.Id == id ? user.TokenHash : null;
        if (current is null || current != tokenHash)
        {
            return false;
        }

        context.RequestServices.GetRequiredService<Owner>().Become(id, name);
        return true;
    }

    private static bool CarriesOwnCredentials(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/calendar") || Export.ExportEndpoints.IsTokenExport(context);
}
