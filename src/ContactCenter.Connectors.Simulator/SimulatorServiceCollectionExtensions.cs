using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Connectors.Simulator;

/// <summary>Registers the built-in traffic simulator; the host registers the <c>IEventSink</c> it feeds.</summary>
public static class SimulatorServiceCollectionExtensions
{
    public static IServiceCollection AddTrafficSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SimulatorOptions>()
            .Bind(configuration.GetSection(SimulatorOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<TrafficSimulator>();
        return services;
    }
}
