using System.Net.Http.Headers;
using JobCapture.App.Errors;
using JobCapture.Storage;
using JobCapture.Storage.Users;

namespace JobCapture.App.Security;

/// <summary>
/// Checks every /api request before routing and body binding, so a refused request is never read or stored:
/// a web page's Origin → 403 (and no CORS headers, ever); a missing or wrong pairing token → 401; a body that is
/// not JSON, or compressed → 415 (forms, text/plain and multipart are the "simple requests" any page can send without a
/// preflight).
/// /api/health and /api/hello answer without a token: the extension uses them to find the service and check it.
/// A Firefox extension origin not yet paired may reach only POST /api/pairing, and only with the token.
/// A CORS preflight from JobCapture's extension is answered here, Private Network Access included; one from a web
/// page got its 403 above, without any Access-Control header, so the browser never sends the real request.
/// The token also says whose data the request reads and writes: the pairing-token file's is the machine's own user,
/// a token made by <c>user add</c> is that user's (see <see cref="Owner"/>).
/// </summary>
public sealed class ApiGuard(RequestDelegate next, PairingToken token, ExtensionOrigins extensionOrigins)
{
    private static readonly PathString[] OpenPaths = ["/api/health", "/api/hello"];
    private static readonly PathString PairingPath = "/api/pairing";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (IsForeignOrigin(request) && !IsPairingRequest(request))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Requests from web pages are not accepted.");
        }
        else if (IsExtensionPreflight(request))
        {
            await ExtensionPreflight.Answer(context);
        }
        else if (OpenPaths.Any(path => request.Path.StartsWithSegments(path)))
        {
            await next(context);
        }
        else if (!await IdentifyAsync(context, BearerToken(request)))
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "Missing or wrong pairing token.");
        }
        else if (HasBody(request) && !IsJson(request.ContentType))
        {
            await Refuse(context, StatusCodes.Status415UnsupportedMediaType, "Send JSON (Content-Type: application/json).");
        }
        else if (HasBody(request) && request.Headers.ContentEncoding.Any(encoding => !string.Equals(encoding, "identity", StringComparison.OrdinalIgnoreCase)))
        {
            // Compressed bodies are refused rather than inflated: a few kilobytes of gzip can expand to gigabytes.
            await Refuse(context, StatusCodes.Status415UnsupportedMediaType, "Send the body uncompressed.");
        }
        else
        {
            await next(context);
        }
    }

    /// <summary>True for the machine's own token or a user's; a user's makes the request's <see cref="Owner"/> that
    /// user. Users' tokens are found by their hash: equal hashes of 256 random bits leave nothing to time.</summary>
    private async Task<bool> IdentifyAsync(HttpContext context, string? candidate)
    {
        if (candidate is null || token.Matches(candidate))
        {
            return candidate is not null;
        }

        var user = candidate.Length == Secrets.Length
            ? await context.RequestServices.GetRequiredService<UserStore>().FindByTokenAsync(candidate, context.RequestAborted)
            : null;
        if (user is null)
        {
            return false;
        }

        context.RequestServices.GetRequiredService<Owner>().Become(user.Id, user.Name);
        return true;
    }

    private bool IsForeignOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        var ownOrigin = $"{request.Scheme}://{request.Host}";
        return !string.Equals(origin, ownOrigin, StringComparison.OrdinalIgnoreCase) && !extensionOrigins.IsAllowed(origin);
    }

    private static bool IsPairingRequest(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path == PairingPath && ExtensionOrigins.IsPairable(request.Headers.Origin.ToString());

    private bool IsExtensionPreflight(HttpRequest request) =>
        ExtensionPreflight.IsPreflight(request) && extensionOrigins.IsAllowed(request.Headers.Origin.ToString());

    private static string? BearerToken(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
        && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            ? header.Parameter
            : null;

    private static bool HasBody(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsDelete(request.Method);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && string.Equals(media.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    private static Task Refuse(HttpContext context, int status, string message) => context.WriteProblemAsync(status, message);
}
