using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ContactCenter.Testing;

/// <summary>
/// The real product in the test's process: embedded silo on free ports with a cluster of its own,
/// the simulator off, the real HTTP pipeline; the clients a test acts through.
/// </summary>
public class FloorApp : WebApplicationFactory<Program>
{
    private readonly FloorAppOptions options;
    private readonly Uri? baseAddress;
    private readonly string? ownStateFile;

    public FloorApp(FloorAppOptions options)
    {
        this.options = options;
        // The product's own durable store, in a file of this test's: tests run what ships.
        ownStateFile = options.StatePath is null ? Path.Combine(Path.GetTempPath(), "contactcenter-tests", $"{options.Name}-{Guid.NewGuid():N}.db") : null;
        if (options.Kestrel)
        {
            UseKestrel(0);
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            baseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        }
    }

    /// <summary>Where Kestrel listens (only when <see cref="FloorAppOptions.Kestrel"/>).</summary>
    public Uri BaseAddress => baseAddress ?? throw new InvalidOperationException("this app is served in memory: it has no address");

    /// <summary>A client with no credentials: over loopback when Kestrel serves, through the test server otherwise.</summary>
    public HttpClient Anonymous() => baseAddress is { } address ? new HttpClient { BaseAddress = address } : CreateClient();

    /// <summary>A telephony source: the connector key in X-Api-Key on every request.</summary>
    public HttpClient Connector(string key)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        return client;
    }

    public async Task<TokenPair> SignInAsync(string username, string password = DemoUsers.Password)
    {
        using var response = await Anonymous().PostAsJsonAsync("/api/auth/token", new { username, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sign-in of {username} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<TokenPair>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
    }

    /// <summary>A client signed in as <paramref name="username"/> with a bearer token.</summary>
    public async Task<HttpClient> As(string username, string password = DemoUsers.Password)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await SignInAsync(username, password)).AccessToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Simulator:Enabled", "false");
        builder.UseSetting("Orleans:SiloPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:ClusterId", $"{options.Name}-{Guid.NewGuid():N}");
        builder.UseSetting("Orleans:StatePath", options.StatePath ?? ownStateFile);
        builder.UseSetting("ConnectionStrings:History", HistoryConnection(options.StatePath ?? ownStateFile!));
        if (options.Security is { } security)
        {
            builder.UseSetting("Security:Enabled", security ? "true" : "false");
        }

        if (options.Kestrel)
        {
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }

        foreach (var (key, value) in options.Settings)
        {
            builder.UseSetting(key, value);
        }

        if (options.Logging is { } logging)
        {
            builder.ConfigureLogging(logging);
        }

        if (options.Services is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }

        if (options.FloorClock is { } clock)
        {
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                // Orleans' own maintenance stays on real time: moving the floor's clock must not run it inline.
                services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            });
        }
    }

    /// <summary>The history beside the grain state: in memory with it, or in a file named after it.</summary>
    public static string HistoryConnection(string statePath) =>
        string.Equals(statePath, "memory", StringComparison.OrdinalIgnoreCase) ? "Data Source=:memory:" : $"Data Source={HistoryFile(statePath)}";

    public static string HistoryFile(string statePath) => statePath + "-history.db";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteOwnStateFile();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteOwnStateFile();
    }

    private void DeleteOwnStateFile()
    {
        if (ownStateFile is null)
        {
            return;
        }

        SqliteFiles.Delete(ownStateFile, HistoryFile(ownStateFile));
    }
}
