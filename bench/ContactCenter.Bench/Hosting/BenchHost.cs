using ContactCenter.Testing;
using System.Net.Http.Json;
using ContactCenter.Hosting;
using ContactCenter.Dashboard.Hosting;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;

namespace ContactCenter.Bench.Hosting;

/// <summary>
/// The real product in this process: the dashboard (API, hub) with its embedded silo, on Kestrel
/// over loopback, security on, no simulator. Every benchmark that needs the floor starts one.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    public const string ConnectorKey = "bench-connector-key";

    private readonly WebApplication app;
    private string? stateFile;

    private BenchHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    /// <param name="clock">The floor's clock; the system clock unless a benchmark replays a stream on its own clock.</param>
    /// <param name="settings">Configuration that overrides the bench defaults.</param>
    /// <param name="services">Registrations after the product's own (the last registration of a service wins).</param>
    public static async Task<BenchHost> StartAsync(
        TimeProvider? clock = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FloorHostingExtensions).Assembly.GetName().Name,
            Args = SiloProfile.HostArguments([]),
        });
        var config = new Dictionary<string, string?>
        {
            ["Profile"] = "local",
            ["Simulator:Enabled"] = "false",
            ["Security:Enabled"] = "true",
            ["Security:DemoUsers"] = "true",
            ["Security:ConnectorKeys:0"] = ConnectorKey,
            // The benchmark posts more batches a second than a connector is allowed by default.
            ["Security:ConnectorBatchesPerSecond"] = "100000",
            ["EventApi:MaxEvents"] = "10000",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:ClusterId"] = $"bench-{Guid.NewGuid():N}",
            // The product's durable grain state, as shipped, in a file of this host's own: a
            // shared file would make the next run's events duplicates of this one's.
            ["Orleans:StatePath"] = Path.Combine(Path.GetTempPath(), "contactcenter-bench", $"{Guid.NewGuid():N}.db"),
            ["ConnectionStrings:History"] = null,
            ["urls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        // The history store as shipped, beside the state file (in memory with memory state).
        config["ConnectionStrings:History"] ??= config["Orleans:StatePath"] == "memory" ? "Data Source=:memory:" : $"Data Source={config["Orleans:StatePath"]}-history.db";

        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.AddFloor();
        services?.Invoke(builder.Services);
        builder.Logging.AddFilter("ContactCenter", LogLevel.Warning);
        // Orleans reports every write refused while the silo stops at the end of a run: noise in a benchmark's output.
        builder.Logging.AddFilter("Orleans", LogLevel.Critical);
        builder.Logging.AddFilter("Polly", LogLevel.None);
        var app = builder.Build();
        app.MapFloor();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchHost(app, new Uri(address)) { stateFile = config["Orleans:StatePath"] };
    }

    /// <summary>
    /// A host whose floor clock replays a stream (rules fire at the events' instants) while
    /// Orleans' own background work and the product's pacing stay on real time.
    /// </summary>
    public static Task<BenchHost> StartReplayAsync(
        Throughput.ReplayClock clock,
        Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null) => StartAsync(
        clock,
        settings,
        more =>
        {
            more.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            services?.Invoke(more);
        });

    /// <summary>An HTTP client that posts events as the benchmark's connector.</summary>
    public HttpClient ConnectorClient()
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", ConnectorKey);
        return http;
    }

    /// <summary>A bearer token for a demo user ("ari.admin" sees the whole floor), for hub clients.</summary>
    public async Task<string> TokenAsync(string username = "ari.admin")
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password = DemoUsers.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenPair>())!.AccessToken;
    }

    /// <summary>
    /// Stops without the graceful part (deactivating every grain, leaving the cluster politely):
    /// nothing outlives a benchmark run, and a graceful stop of a big floor takes longer than the run.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        using var hurry = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await app.StopAsync(hurry.Token);
        await app.DisposeAsync();
        if (stateFile is not null && stateFile != "memory")
        {
            var history = stateFile + "-history.db";
            foreach (var file in new[] { stateFile, stateFile + "-wal", stateFile + "-shm", history, history + "-wal", history + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
