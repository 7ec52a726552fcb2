using ContactCenter.Contracts.Alerts;
using ContactCenter.Grains.Hosting;
using ContactCenter.Grains.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
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
        if (options.IsEmbedded)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            silo.AddMemoryGrainStorage(FloorStorage.Name);
            silo.AddMemoryGrainStorage(FloorStorage.PubSub);
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<VolatileStorage>();
        }
        else
        {
            var redis = ConfigurationOptions.Parse(options.RedisConnectionString);
            silo.UseRedisClustering(o => o.ConfigurationOptions = redis);
            silo.AddRedisGrainStorage(FloorStorage.Name, o => o.ConfigurationOptions = redis);
            silo.AddRedisGrainStorage(FloorStorage.PubSub, o => o.ConfigurationOptions = redis);
            silo.UseRedisReminderService(o => o.ConfigurationOptions = redis);
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort);
        }

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
        return client;
    }
}
