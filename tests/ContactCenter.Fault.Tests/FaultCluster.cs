using System.Collections.Concurrent;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Grains.Hosting;
using ContactCenter.Grains.Persistence;
using ContactCenter.Hosting;
using ContactCenter.History;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Orleans.TestingHost;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// Silos in this process sharing one grain-state store (as a real cluster shares Redis), with the
/// product's failover settings, on a floor clock that stands still: what a rule would do with
/// time does not blur the figures compared.
/// </summary>
public sealed class FaultCluster : IAsyncDisposable
{
    private readonly string historyFile;

    private FaultCluster(InProcessTestCluster cluster, FakeTimeProvider clock, string historyFile)
    {
        Cluster = cluster;
        Clock = clock;
        this.historyFile = historyFile;
    }

    /// <summary>The floor's clock: it moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; }

    public InProcessTestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.Client;

    public static async Task<FaultCluster> StartAsync(int silos, DateTimeOffset now)
    {
        var store = new ConcurrentDictionary<string, byte[]>();
        var clock = new FakeTimeProvider(now);
        var builder = new InProcessTestClusterBuilder((short)silos);
        // One history for all silos, as a real cluster shares its PostgreSQL.
        var historyFile = Path.Combine(Path.GetTempPath(), "contactcenter-tests", $"fault-{Guid.NewGuid():N}-history.db");
        builder.ConfigureHost(host => host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:History"] = $"Data Source={historyFile}",
        }));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddGrainStorage(FloorStorage.Name, (services, _) => new SharedGrainStorage(
                store, services.GetRequiredService<IGrainStorageSerializer>(), services.GetRequiredService<IActivatorProvider>()));
            silo.AddMemoryGrainStorage(FloorStorage.PubSub);
            silo.Services.AddFloorHistory(silo.Configuration);
            silo.AddContactCenterGrains();
            silo.UseFloorFailover();
            silo.Services.AddSingleton<TimeProvider>(clock);
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(JoinCommand.StreamProvider).UseFloorFailover());
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new FaultCluster(cluster, clock, historyFile);
    }

    /// <summary>A silo other than the first (which the test cluster's client and membership lean on).</summary>
    public InProcessSiloHandle Secondary(int index) => Cluster.GetActiveSilos().Skip(index).First();

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SqliteFiles.Delete(historyFile);
    }
}
