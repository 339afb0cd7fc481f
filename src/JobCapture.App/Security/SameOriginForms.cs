using JobCapture.App.Errors;

namespace JobCapture.App.Security;

/// <summary>
/// The dashboard changes state only through POSTed forms, and only from its own pages: a form on another site that
/// posts to 127.0.0.1 is refused here (by its Origin or Sec-Fetch-Site header) before antiforgery even looks at it.
/// </summary>
public sealed class SameOriginForms(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.Path.StartsWithSegments("/api"))
        {
            return next(context);
        }

        if (IsSameOrigin(request))
        {
            return next(context);
        }

        return context.WriteProblemAsync(StatusCodes.Status403Forbidden, "Cross-site form posts are refused.");
    }

    /// <summary>Sec-Fetch-Site, which a page cannot forge, decides where the browser sends it. Otherwise the Origin
    /// must be our own; a client that sends neither is no browser, and antiforgery still applies to it.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }
}
