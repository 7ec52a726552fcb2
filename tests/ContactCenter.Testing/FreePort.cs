using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Testing;

/// <summary>A loopback port no one listens on now, for a silo, a gateway or a server of a test.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
