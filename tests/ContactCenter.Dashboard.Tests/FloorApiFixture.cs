using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactCenter.Dashboard.Tests;

/// <summary>
/// The real app (embedded silo, real HTTP pipeline) with the simulator off, on free silo ports,
/// shared by the collection. Tests use their own ids.
/// </summary>
public sealed class FloorApiFixture : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Simulator:Enabled", "false");
        // These suites test the floor's behaviour; who may call what is tested with security on in Security/.
        builder.UseSetting("Security:Enabled", "false");
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString());
        builder.UseSetting("Orleans:ClusterId", $"api-tests-{Guid.NewGuid():N}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
