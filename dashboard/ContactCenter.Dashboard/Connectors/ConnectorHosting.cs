using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Connectors.Asterisk.QueueLog.Tail;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.Domain.Time;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Connectors;

/// <summary>
/// The telephony connectors configured under <c>Connectors:</c>: the queue_log tail when
/// <c>Connectors:QueueLog:Path</c> is set. Each runs under its lease, so in a cluster of front ends
/// exactly one process follows the file.
/// </summary>
public static class ConnectorHosting
{
    public const string QueueLogTailName = "queue-log-tail";

    public static IServiceCollection AddFloorConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QueueLogOptions>(configuration.GetSection(QueueLogOptions.Section));
        services.Configure<ConnectorLeaseOptions>(configuration.GetSection("Connectors:Lease"));
        if (!string.IsNullOrWhiteSpace(configuration[$"{QueueLogOptions.Section}:Path"]))
        {
            services.AddSingleton<IHostedService>(sp => Leased(sp, QueueLogTailName, (run, cancellation) =>
                new QueueLogTail(
                    sp.GetRequiredService<IOptions<QueueLogOptions>>().Value,
                    sp.GetRequiredService<IEventSink>(),
                    new LeaseCheckpoints(run),
                    WallClock.From(sp),
                    sp.GetRequiredService<ILogger<QueueLogTail>>()).RunAsync(cancellation)));
        }

        return services;
    }

    private static LeasedConnector Leased(IServiceProvider sp, string name, Func<ConnectorRun, CancellationToken, Task> run) =>
        new(name, run, sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<IOptions<ConnectorLeaseOptions>>().Value, WallClock.From(sp), sp.GetRequiredService<ILogger<LeasedConnector>>());
}
