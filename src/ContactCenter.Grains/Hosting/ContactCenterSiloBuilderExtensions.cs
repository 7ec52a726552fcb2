using ContactCenter.Contracts.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Storage;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Time;

namespace ContactCenter.Grains.Hosting;

/// <summary>What every silo of the floor needs, whatever backs its storage and membership.</summary>
public static class ContactCenterSiloBuilderExtensions
{
    /// <summary>
    /// Registers the floor's settings, the clock and the telephony command stream. The host adds
    /// the storage providers named in <see cref="Persistence.FloorStorage"/> (memory embedded, Redis in a cluster).
    /// </summary>
    public static ISiloBuilder AddContactCenterGrains(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton<FloorSettings>();
        silo.Services.TryAddSingleton<Aggregates.AggregateUpdates>();
        silo.Services.TryAddSingleton<Recovery.FloorWake>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => services.GetRequiredService<Recovery.FloorWake>());
        // Grain state is stored with Orleans' own version-tolerant serializer: the state classes
        // declare their fields with [Id] (private setters included), which JSON would not see.
        silo.Services.AddSingleton<IGrainStorageSerializer, Persistence.GrainStateSerializer>();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddKeyedSingleton(Domain.Time.WallClock.Key, TimeProvider.System);
        silo.Services.TryAddSingleton(services => new Pacing.PacedSchedule(Domain.Time.WallClock.From(services)));
        silo.Services.TryAddSingleton(services => new Alerts.RuleSchedule(
            services.GetRequiredService<TimeProvider>(),
            Domain.Time.WallClock.From(services),
            services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Alerts.RuleSchedule>>(),
            HostStopping.From(services)));
        silo.AddMemoryStreams(JoinCommand.StreamProvider);
        return silo;
    }
}
