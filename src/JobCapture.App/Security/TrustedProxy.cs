using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace JobCapture.App.Security;

/// <summary>
/// Behind a reverse proxy that ends TLS, the service sees plain http from the proxy. With <c>--trusted-proxy</c> it
/// believes that proxy's X-Forwarded-Proto and X-Forwarded-For (so the session cookie is Secure and logs name the
/// client), and nobody else's: ASP.NET Core's default trust of any loopback sender is cleared.
/// </summary>
internal static class TrustedProxy
{
    public static IApplicationBuilder UseTrustedProxy(this IApplicationBuilder app, IPAddress? proxy)
    {
        if (proxy is null)
        {
            return app;
        }

        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        forwarded.KnownIPNetworks.Clear();
        forwarded.KnownProxies.Clear();
        forwarded.KnownProxies.Add(proxy);
        return app.UseForwardedHeaders(forwarded);
    }
}
