using JobCapture.App.Errors;

namespace JobCapture.App.Security;

/// <summary>
/// Answers 421 to any request whose Host is not a loopback name with the port the request arrived on, or one of the
/// names a shared server was given (<c>--host</c>), before routing, static files or the dashboard. This is what defeats
/// DNS rebinding: a page on evil.example that re-points its name to 127.0.0.1 still sends "Host: evil.example".
/// </summary>
public sealed class HostAllowlist(RequestDelegate next, AllowedHostNames names)
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    public Task InvokeAsync(HttpContext context)
    {
        if (IsOwnHost(context.Request.Headers.Host.ToString(), context.Connection.LocalPort) || names.Contains(context.Request.Host.Host))
        {
            return next(context);
        }

        return context.WriteProblemAsync(StatusCodes.Status421MisdirectedRequest, "Unknown host.");
    }

    public static bool IsOwnHost(string host, int port) =>
        LoopbackNames.Any(name => string.Equals(host, $"{name}:{port}", StringComparison.OrdinalIgnoreCase));
}

/// <summary>The names a shared server answers to (with any port: behind a proxy the public port is not ours).</summary>
public sealed class AllowedHostNames(IEnumerable<string> names)
{
    private readonly HashSet<string> _names = new(names, StringComparer.OrdinalIgnoreCase);

    public static AllowedHostNames None { get; } = new([]);

    public bool Contains(string host) => host.Length > 0 && _names.Contains(host);
}
