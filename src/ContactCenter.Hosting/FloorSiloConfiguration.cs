using System.Diagnostics.Metrics;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Grains.Hosting;
using ContactCenter.Grains.Persistence;
using ContactCenter.Hosting.Storage;
using ContactCenter.History;
using Microsoft.Extensions.Logging;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;
using StackExchange.Redis;

namespace ContactCenter.Hosting;

/// <summary>A silo or a client of the floor, configured from a profile: in memory on localhost, or a Redis-backed cluster.</summary>
public static class FloorSiloConfiguration
{
    public static ISiloBuilder UseFloorSilo(this ISiloBuilder silo, FloorHostingOptions options)
    {
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        silo.Configure<GrainDirectoryOptions>(directory => directory.CacheSize = options.DirectoryCacheSize);
        if (options.IsEmbedded)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            if (string.Equals(options.StatePath, FloorHostingOptions.InMemory, StringComparison.OrdinalIgnoreCase))
            {
                silo.AddMemoryGrainStorage(FloorStorage.Name);
            }
            else
            {
                silo.Services.AddGrainStorage(FloorStorage.Name, (services, _) => new SqliteGrainStorage(
                    Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, options.StatePath),
                    services.GetRequiredService<IGrainStorageSerializer>(),
                    services.GetRequiredService<IActivatorProvider>(),
                    services.GetRequiredService<ILogger<SqliteGrainStorage>>(),
                    services.GetService<IMeterFactory>()));
            }

            silo.AddMemoryGrainStorage(FloorStorage.PubSub);
            silo.UseInMemoryReminderService();
        }
        else
        {
            var redis = ConfigurationOptions.Parse(options.RedisConnectionString);
            silo.UseRedisClustering(o => o.ConfigurationOptions = redis);
            silo.AddRedisGrainStorage(FloorStorage.Name, o => o.ConfigurationOptions = redis);
            silo.AddRedisGrainStorage(FloorStorage.PubSub, o => o.ConfigurationOptions = redis);
            silo.UseRedisReminderService(o => o.ConfigurationOptions = redis);
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort);
            silo.UseFloorFailover();
        }

        if (options.OpsDashboard)
        {
            // Its live log view is off: the floor's logs are for operators' log tools, not a browser tab.
            silo.AddDashboard(dashboard => dashboard.HideTrace = true);
        }

        silo.Services.AddFloorHistory(silo.Configuration);
        return silo.AddContactCenterGrains();
    }

    public static IClientBuilder UseFloorClient(this IClientBuilder client, FloorHostingOptions options)
    {
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        client.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(options.RedisConnectionString));
        client.AddMemoryStreams(JoinCommand.StreamProvider);
        client.Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = TimeSpan.FromSeconds(10));
        client.UseConnectionRetryFilter<ClusterConnectionRetry>();
        if (options.OpsDashboard)
        {
            client.AddDashboard(dashboard => dashboard.HideTrace = true);
        }

        return client.UseFloorFailover();
    }
}
