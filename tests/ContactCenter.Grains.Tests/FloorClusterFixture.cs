using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.Domain.Time;
using ContactCenter.Grains.Hosting;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using ContactCenter.Domain.History;
using ContactCenter.History;
using ContactCenter.History.Store;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// One in-process silo shared by the collection, on a fake clock that drives the grains' timers
/// (Orleans' own background work stays on real time). Tests use their own grain keys.
/// </summary>
public class FloorClusterFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public IEventSink Sink => new GrainEventSink(Grains);

    /// <summary>The silo's history store: a SQLite file of this fixture's own.</summary>
    public string HistoryFile { get; } = Path.Combine(Path.GetTempPath(), "contactcenter-tests", $"grains-{Guid.NewGuid():N}-history.db");

    public IFloorHistory History => Cluster.Silos[0].ServiceProvider.GetRequiredService<IFloorHistory>();

    /// <summary>The same store, through which a test makes a save fail.</summary>
    public FaultyHistory FaultyHistory => Cluster.Silos[0].ServiceProvider.GetRequiredService<FaultyHistory>();

    /// <summary>The silo's warnings and errors (a failed timer turn is only a warning), for a test that timed out to report.</summary>
    public ServerLog Log { get; } = new(Microsoft.Extensions.Logging.LogLevel.Warning);

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureHost(host => host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Floor:Queues:qfast:ServiceLevelSeconds"] = "10",
            ["ConnectionStrings:History"] = $"Data Source={HistoryFile}",
            // Scenarios move the shared clock through the day and some start at the last midnight: with
            // 20 hours, all of today stays live; two days back is still a past day.
            ["Floor:LiveHorizonHours"] = "20",
        }));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(FloorStorage.Name);
            silo.AddMemoryGrainStorage(FloorStorage.PubSub);
            silo.Services.AddFloorHistory(silo.Configuration);
            silo.Services.AddSingleton(sp => new FaultyHistory(ActivatorUtilities.CreateInstance<FloorHistoryStore>(sp)));
            silo.Services.AddSingleton<IFloorHistory>(sp => sp.GetRequiredService<FaultyHistory>());
            silo.AddContactCenterGrains();
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Log);
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            Configure(silo);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(JoinCommand.StreamProvider));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>What a fixture of its own adds to the silo.</summary>
    protected virtual void Configure(ISiloBuilder silo)
    {
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SqliteFiles.Delete(HistoryFile);
    }

    /// <summary>Moves the clock to the start of the next 15-minute interval, so a scenario's figures sit in known intervals.</summary>
    public DateTimeOffset StartOfNextInterval()
    {
        var next = SiteCalendar.Utc.IntervalStart(Clock.GetUtcNow()) + SiteCalendar.IntervalLength;
        Clock.SetUtcNow(next);
        return next;
    }
}
