using JobCapture.App.Errors;

namespace JobCapture.App.Security;

/// <summary>
/// Answers 421 to any request whose Host is not a loopback name with the port the request arrived on, before
/// routing, static files or the dashboard. This is what defeats DNS rebinding: a page on evil.example that re-points
/// its name to 127.0.0.1 still sends "Host: evil.example".
/// </summary>
public sealed class HostAllowlist(RequestDelegate next)
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    public Task InvokeAsync(HttpContext context)
    {
        if (IsOwnHost(context.Request.Headers.Host.ToString(), context.Connection.LocalPort))
        {
            return next(context);
        }

        return context.WriteProblemAsync(StatusCodes.Status421MisdirectedRequest, "Unknown host.");
    }

    public static bool IsOwnHost(string host, int port) =>
        LoopbackNames.Any(name => string.Equals(host, $"{name}:{port}", StringComparison.OrdinalIgnoreCase));
}
