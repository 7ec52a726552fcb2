using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>
/// The app with security on, on loopback: the local profile's demo users, a supervisor of another
/// team (kim.supervisor, team t2), and two connector keys (one for the rate-limit test alone).
/// </summary>
public sealed class SecuredFloorFixture : WebApplicationFactory<Program>
{
    public const string ConnectorKey = "secured-tests-connector-key";
    public const string BurstKey = "secured-tests-burst-key";
    public const string KimPassword = "kim-password-for-tests";

    public SecuredFloorFixture()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
    }

    public Uri BaseAddress { get; }

    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };

    public HttpClient Connector(string key = ConnectorKey)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        return client;
    }

    public async Task<TokenPair> SignInAsync(string username, string password = DemoUsers.Password)
    {
        using var response = await Anonymous().PostAsJsonAsync("/api/auth/token", new { username, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {username} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TokenPair>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
    }

    public async Task<HttpClient> As(string username, string password = DemoUsers.Password)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await SignInAsync(username, password)).AccessToken);
        return client;
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        var kim = new UserAccount { Username = "kim.supervisor", Role = FloorRoles.Supervisor, Teams = ["t2"], Queues = ["q2"] };
        builder.UseSetting("Simulator:Enabled", "false");
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString());
        builder.UseSetting("Orleans:ClusterId", $"secured-tests-{Guid.NewGuid():N}");
        builder.UseSetting("Security:Enabled", "true");
        builder.UseSetting("Security:DemoUsers", "true");
        builder.UseSetting("Security:ConnectorKeys:0", ConnectorKey);
        builder.UseSetting("Security:ConnectorKeys:1", BurstKey);
        builder.UseSetting("Security:ConnectorBatchesPerSecond", "5");
        builder.UseSetting("Security:UnmaskedRoles:0", "admin");
        builder.UseSetting("Security:Users:0:Username", kim.Username);
        builder.UseSetting("Security:Users:0:Role", kim.Role);
        builder.UseSetting("Security:Users:0:Teams:0", "t2");
        builder.UseSetting("Security:Users:0:Queues:0", "q2");
        builder.UseSetting("Security:Users:0:PasswordHash", new PasswordHasher<UserAccount>().HashPassword(kim, KimPassword));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
