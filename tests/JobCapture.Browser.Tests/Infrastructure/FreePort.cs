using System.Net;
using System.Net.Sockets;

namespace JobCapture.Browser.Tests.Infrastructure;

internal static class FreePort
{
    /// <summary>A loopback port free right now, for services that must come back on the same port later.</summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
