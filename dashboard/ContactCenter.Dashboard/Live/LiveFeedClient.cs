using ContactCenter.Contracts.Live;
using ContactCenter.Dashboard.Api;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// This front end's listener on the cluster. It registers its observer on a lease and renews it;
/// the first time, and after any lost renewal, it reloads the floor and tells hub clients to
/// resynchronise, since pushes may have been missed meanwhile.
/// </summary>
public sealed partial class LiveFeedClient(
    IGrainFactory grains,
    FloorMirror mirror,
    FloorReader reader,
    IHubContext<FloorHub> hub,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<LiveFeedClient> logger) : BackgroundService, ILiveFeed
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    private ILiveFeed? reference;

    public void OnChanges(LiveChange[] changes) => mirror.Apply(changes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The embedded silo serves grains only once the host has started.
        await WhenStarted(stoppingToken);
        reference = grains.CreateObjectReference<ILiveFeed>(this);
        var registry = grains.GetGrain<ILiveFeedRegistryGrain>(0);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await registry.Subscribe(reference);
                if (!mirror.IsLive)
                {
                    mirror.BeginLoad();
                    mirror.CompleteLoad(await reader.ReadAsync());
                    await hub.Clients.All.SendAsync("resync", stoppingToken);
                    LogLoaded(logger, mirror.Current.Agents.Count);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                mirror.MarkLost();
                LogLost(logger, e);
            }

            try
            {
                await Task.Delay(mirror.IsLive ? RenewEvery : TimeSpan.FromSeconds(1), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (reference is not null)
        {
            try
            {
                await grains.GetGrain<ILiveFeedRegistryGrain>(0).Unsubscribe(reference).AsTask().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or OrleansException or OperationCanceledException or ObjectDisposedException)
            {
                // The lease expires by itself. An embedded silo that stopped first has disposed the
                // services a grain reference is built from (seen in CI as ObjectDisposedException).
            }

            try
            {
                grains.DeleteObjectReference<ILiveFeed>(reference);
            }
            catch (Exception e) when (e is ArgumentException or ObjectDisposedException)
            {
                // The embedded silo stopping first already dropped the reference, or its services.
            }
        }

        await base.StopAsync(cancellationToken);
    }

    private Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live floor loaded: {Agents} agents; hub clients told to resynchronise")]
    private static partial void LogLoaded(ILogger logger, int agents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live floor feed lost; retrying")]
    private static partial void LogLost(ILogger logger, Exception error);
}
