using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JobCapture.App.Security;

/// <summary>
/// Answers 421 to any request whose Host is not this service's own loopback name and port, before routing, static
/// files or the dashboard. This is what defeats DNS rebinding: a page on evil.example that re-points its name to
/// 127.0.0.1 still sends "Host: evil.example".
/// </summary>
public sealed class HostAllowlist(RequestDelegate next, IServer server)
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    private HashSet<string>? _allowed;

    public Task InvokeAsync(HttpContext context)
    {
        _allowed ??= AllowedHosts(server);
        var host = context.Request.Headers.Host.ToString();
        if (_allowed.Contains(host.ToLowerInvariant()))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync("Unknown host.");
    }

    private static HashSet<string> AllowedHosts(IServer server)
    {
        var ports = server.Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(address => new Uri(address.Replace("*", "localhost", StringComparison.Ordinal)).Port)
            .Distinct();
        return ports.SelectMany(port => LoopbackNames.Select(name => $"{name}:{port}")).ToHashSet(StringComparer.Ordinal);
    }
}
