using JobCapture.App.Health;

namespace JobCapture.App.Security;

/// <summary>
/// The answer to a CORS preflight from an allowed extension origin (the caller has checked the origin). Chrome's
/// Private Network Access asks with Access-Control-Request-Private-Network before a less private context reaches
/// 127.0.0.1; the service says yes to that origin only, named exactly, never "*".
/// </summary>
public static class ExtensionPreflight
{
    public const string RequestPrivateNetwork = "Access-Control-Request-Private-Network";
    public const string AllowPrivateNetwork = "Access-Control-Allow-Private-Network";

    public static bool IsPreflight(HttpRequest request) =>
        HttpMethods.IsOptions(request.Method) && request.Headers.AccessControlRequestMethod.Count > 0;

    public static Task Answer(HttpContext context)
    {
        var request = context.Request;
        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = request.Headers.Origin.ToString();
        headers.AccessControlAllowMethods = "GET, POST, PUT, PATCH, DELETE";
        headers.AccessControlAllowHeaders = "Authorization, Content-Type, Accept, " + ExtensionActivity.ClientHeader;
        headers.AccessControlMaxAge = "600";
        headers.Vary = "Origin";
        if (string.Equals(request.Headers[RequestPrivateNetwork], "true", StringComparison.OrdinalIgnoreCase))
        {
            headers[AllowPrivateNetwork] = "true";
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }
}
