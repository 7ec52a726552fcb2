using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Time;

namespace ContactCenter.Dashboard.Connectors;

/// <summary>
/// Runs a connector that must run once on the floor (the queue_log tail, the AMI session) in
/// whichever front end holds its lease. Every front end asks; the holder renews every third of the
/// lease; when it dies, its lease runs out and another takes over within
/// <see cref="ConnectorLeaseOptions.Lease"/> and one renewal. Each renewal arms a stop a moment
/// before the lease it got runs out, so a holder that can no longer renew (the floor unreachable,
/// a renewal that hangs) stops its connector before another may take over; the checkpoint and
/// the join outbox refuse a process that lost the lease in any case.
/// </summary>
public sealed partial class LeasedConnector(
    string name,
    Func<ConnectorRun, CancellationToken, Task> run,
    IGrainFactory grains,
    ConnectorLeaseOptions options,
    TimeProvider wallClock,
    ILogger<LeasedConnector> logger) : BackgroundService
{
    // Asked for at the first renewal, not here: a cluster client knows the grain types only once connected.
    private IConnectorLeaseGrain? lease;
    private readonly string holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private CancellationTokenSource? running;
    private CancellationTokenSource? expiry;
    private Task runningTask = Task.CompletedTask;
    private DateTimeOffset heldUntil;

    /// <summary>How long before its lease runs out a connector that was not renewed stops.</summary>
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromSeconds(1);

    public string Name => name;

    /// <summary>Whether the connector runs in this process now.</summary>
    public bool IsRunning => running is { IsCancellationRequested: false } && !runningTask.IsCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var renewEvery = options.Lease / 3;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RenewAsync(stoppingToken);
                await Task.Delay(renewEvery, wallClock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await StopRunningAsync();
            try
            {
                if (lease is not null)
                {
                    await lease.Release(holder);
                }
            }
            catch (Exception e)
            {
                LogReleaseFailed(logger, e, name);
            }
        }
    }

    private async Task RenewAsync(CancellationToken stoppingToken)
    {
        var asked = wallClock.GetUtcNow();
        ConnectorLease granted;
        try
        {
            lease ??= grains.GetGrain<IConnectorLeaseGrain>(name);
            granted = await lease.Acquire(holder, options.Lease).WaitAsync(options.Lease / 3, wallClock, stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // The floor did not answer: keep running only while the lease last granted surely lasts.
            LogRenewFailed(logger, e, name);
            if (running is not null && wallClock.GetUtcNow() >= heldUntil)
            {
                LogLost(logger, name, "its lease could not be renewed");
                await StopRunningAsync();
            }

            return;
        }

        if (granted.Held)
        {
            // Counted from the asking, not the answer: the grain's clock started no earlier.
            heldUntil = asked + options.Lease;
            if (!IsRunning)
            {
                await StopRunningAsync();
                LogStarted(logger, name, holder, granted.Term);
                expiry = new CancellationTokenSource(Timeout.InfiniteTimeSpan, wallClock);
                running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, expiry.Token);
                var token = running.Token;
                var leased = new ConnectorRun(lease, holder);
                runningTask = Task.Run(() => RunGuardedAsync(leased, token), CancellationToken.None);
            }

            // A second before the lease runs out the connector stops, unless a renewal moved this on.
            expiry!.CancelAfter(TimeSpan.FromTicks(Math.Max(0, (heldUntil - SafetyMargin - wallClock.GetUtcNow()).Ticks)));
        }
        else if (running is not null)
        {
            LogLost(logger, name, $"{granted.Holder} holds it now");
            await StopRunningAsync();
        }
    }

    private async Task RunGuardedAsync(ConnectorRun leased, CancellationToken cancellation)
    {
        try
        {
            await run(leased, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The connector stopped by itself: the next renewal starts it again.
            LogFailed(logger, e, name);
        }
    }

    private async Task StopRunningAsync()
    {
        if (running is null)
        {
            return;
        }

        await running.CancelAsync();
        await runningTask;
        running.Dispose();
        running = null;
        expiry?.Dispose();
        expiry = null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Connector} runs here ({Holder}, term {Term})")]
    private static partial void LogStarted(ILogger logger, string connector, string holder, long term);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector} stops here: {Reason}")]
    private static partial void LogLost(ILogger logger, string connector, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: its lease could not be asked for; asking again")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string connector);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Connector} failed; it starts again at the next renewal")]
    private static partial void LogFailed(ILogger logger, Exception exception, string connector);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: its lease could not be released; it runs out by itself")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string connector);
}

/// <summary>What a connector gets while it holds its lease: the lease, to keep its checkpoint under it.</summary>
public sealed record ConnectorRun(IConnectorLeaseGrain Lease, string Holder);

/// <summary><c>Connectors:Lease</c>: how long a connector's lease lasts without renewal (the takeover time after a process dies).</summary>
public sealed class ConnectorLeaseOptions
{
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(9);
}
