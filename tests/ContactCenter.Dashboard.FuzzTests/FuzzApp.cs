using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// The real app (embedded silo, real HTTP pipeline) with the simulator off, on free silo ports and its own
/// cluster, with a connector key and an admin configured, and every error the server logs kept for the report.
/// </summary>
public sealed class FuzzApp : WebApplicationFactory<Program>
{
    public const string ConnectorKey = "fuzz-connector-key-0123456789";

    /// <summary>An admin of the fuzz's own, for the reads: with security on, a connector key may only post events.</summary>
    public const string Admin = "fuzz.admin";

    private const string AdminPassword = "fuzz-admin-password-0123456789";

    public ServerLog Log { get; } = new();

    /// <summary>A client that sends the connector key on every request.</summary>
    public HttpClient Connector()
    {
        var client = CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan; // Each request carries its own deadline (FuzzClient).
        client.DefaultRequestHeaders.Add("X-Api-Key", ConnectorKey);
        return client;
    }

    /// <summary>
    /// A client for the read API: signed in as <see cref="Admin"/> when security is on; a plain client when it is off
    /// (there is no one to sign in as, and every read is open). It never sends the connector key, which would make it
    /// a connector.
    /// </summary>
    public async Task<HttpClient> ReaderAsync()
    {
        var client = CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;
        var signIn = await client.PostJsonAsync($$"""{"username":"{{Admin}}","password":"{{AdminPassword}}"}""", "/api/auth/token");
        if (signIn.Code == 200)
        {
            using var tokens = System.Text.Json.JsonDocument.Parse(signIn.Body);
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.RootElement.GetProperty("accessToken").GetString());
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Simulator:Enabled", "false");
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:ClusterId", $"fuzz-tests-{Guid.NewGuid():N}");
        builder.UseSetting("Security:ConnectorKeys:0", ConnectorKey);

        // The fuzz is about what a body holds, not about the rate limiter: thousands of requests must not wait on it
        // (a 429 would still be waited out, see FuzzClient).
        builder.UseSetting("Security:ConnectorBatchesPerSecond", "100000");

        // A high index, so no user of the profile is merged into this one. The default hasher ignores the user.
        builder.UseSetting("Security:Users:90:Username", Admin);
        builder.UseSetting("Security:Users:90:Role", "admin");
        builder.UseSetting("Security:Users:90:PasswordHash", new PasswordHasher<object>().HashPassword(new object(), AdminPassword));
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
