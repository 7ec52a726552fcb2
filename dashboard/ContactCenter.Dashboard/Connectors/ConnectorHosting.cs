using ContactCenter.Connectors.Asterisk.Ami;
using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Connectors.Asterisk.QueueLog.Tail;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.Domain.Time;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Connectors;

/// <summary>
/// The telephony connectors configured under <c>Connectors:</c>: the queue_log tail when
/// <c>Connectors:QueueLog:Path</c> is set, the AMI session when <c>Connectors:Ami:Enabled</c>.
/// Each runs under its own lease, so in a cluster of front ends exactly one process follows the
/// file and one holds the AMI session. With the tail running, the log owns the calls and AMI adds
/// only what the log lacks.
/// </summary>
public static class ConnectorHosting
{
    public const string QueueLogTailName = "queue-log-tail";
    public const string AmiSessionName = "ami-session";

    public static IServiceCollection AddFloorConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QueueLogOptions>(configuration.GetSection(QueueLogOptions.Section));
        services.AddOptions<ConnectorLeaseOptions>()
            .Bind(configuration.GetSection("Connectors:Lease"))
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(3) && o.Lease <= TimeSpan.FromMinutes(5), "Connectors:Lease:Lease must be from 3 seconds to 5 minutes")
            .ValidateOnStart();
        services.Configure<AmiOptions>(configuration.GetSection(AmiOptions.Section));
        var tails = !string.IsNullOrWhiteSpace(configuration[$"{QueueLogOptions.Section}:Path"]);
        services.PostConfigure<AmiOptions>(ami => ami.QueueLogOwnsCalls |= tails);
        if (tails)
        {
            services.AddSingleton<IHostedService>(sp => Leased(sp, QueueLogTailName, (run, cancellation) =>
                new QueueLogTail(
                    sp.GetRequiredService<IOptions<QueueLogOptions>>().Value,
                    sp.GetRequiredService<IEventSink>(),
                    new LeaseCheckpoints(run),
                    WallClock.From(sp),
                    sp.GetRequiredService<ILogger<QueueLogTail>>()).RunAsync(cancellation)));
        }

        if (configuration.GetValue<bool>($"{AmiOptions.Section}:Enabled"))
        {
            services.AddSingleton<IHostedService>(sp => Leased(sp, AmiSessionName, (_, cancellation) =>
                new AmiConnector(
                    sp.GetRequiredService<IOptions<AmiOptions>>().Value,
                    sp.GetRequiredService<IOptions<QueueLogOptions>>().Value,
                    sp.GetRequiredService<IEventSink>(),
                    sp.GetRequiredService<IGrainFactory>(),
                    sp.GetRequiredService<TimeProvider>(),
                    WallClock.From(sp),
                    sp.GetRequiredService<ILoggerFactory>()).RunAsync(cancellation)));
        }

        return services;
    }

    private static LeasedConnector Leased(IServiceProvider sp, string name, Func<ConnectorRun, CancellationToken, Task> run) =>
        new(name, run, sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<IOptions<ConnectorLeaseOptions>>().Value, WallClock.From(sp), sp.GetRequiredService<ILogger<LeasedConnector>>());
}
