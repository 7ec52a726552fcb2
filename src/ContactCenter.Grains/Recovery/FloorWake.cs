using ContactCenter.Contracts.Grains;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace ContactCenter.Grains.Recovery;

/// <summary>
/// Grains come back from storage only when something calls them, and a grain's timers die with
/// its activation. So when a silo starts (the embedded product after a restart) or the cluster
/// declares a silo dead, the floor is walked from its directory: queues and teams, their live calls,
/// agents and inboxes, the inboxes' open alerts. Each activation re-arms its rule timers from the
/// stored timestamps, so a hold begun before a kill still alerts on time. Waking a live grain is
/// one cheap call; after a death only the oldest live silo walks, so the floor is walked once.
/// </summary>
public sealed partial class FloorWake(IGrainFactory grains, IClusterMembershipService membership, ILocalSiloDetails local, IServiceProvider services, ILogger<FloorWake> log)
    : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>Retries are paced on the wall clock, like every other pacing: the floor's clock may be replayed faster.</summary>
    private readonly TimeProvider wallClock = Domain.Time.WallClock.From(services);

    private readonly CancellationTokenSource stopping = new();
    private Task watching = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(FloorWake), ServiceLifecycleStage.Active, Start, Stop);

    /// <summary>Every queue, team, call, agent, inbox and alert reachable from the directory, woken; returns how many grains.</summary>
    public async Task<int> WakeFloorAsync(CancellationToken cancellationToken)
    {
        var directory = grains.GetGrain<IFloorDirectoryGrain>(0);
        var roots = (await directory.GetQueues()).Select(q => grains.GetGrain<IQueueGrain>(q).AsReference<IWakeGrain>())
            .Concat((await directory.GetTeams()).Select(t => grains.GetGrain<ITeamGrain>(t).AsReference<IWakeGrain>()));
        var woken = 0;
        var lists = new List<WakeList>();
        foreach (var root in roots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lists.Add(await root.Wake());
            woken++;
        }

        var inboxes = new HashSet<string>(lists.SelectMany(l => l.Inboxes), StringComparer.Ordinal);
        var subjects = lists.SelectMany(l => l.Calls.Select(c => grains.GetGrain<ICallGrain>(c).AsReference<IWakeGrain>()))
            .Concat(lists.SelectMany(l => l.Agents).Distinct(StringComparer.Ordinal).Select(a => grains.GetGrain<IAgentGrain>(a).AsReference<IWakeGrain>()))
            .Concat(inboxes.Select(i => grains.GetGrain<IAlertInboxGrain>(i).AsReference<IWakeGrain>()));
        var alerts = new List<string>();
        foreach (var chunk in subjects.Chunk(200))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var list in await Task.WhenAll(chunk.Select(g => g.Wake().AsTask())))
            {
                alerts.AddRange(list.Alerts);
            }

            woken += chunk.Length;
        }

        foreach (var chunk in alerts.Distinct(StringComparer.Ordinal).Chunk(200))
        {
            await Task.WhenAll(chunk.Select(a => grains.GetGrain<IAlertGrain>(a).AsReference<IWakeGrain>().Wake().AsTask()));
            woken += chunk.Length;
        }

        return woken;
    }

    private Task Start(CancellationToken cancellationToken)
    {
        watching = Task.Run(() => WatchAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task Stop(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await watching.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        await WakeAsync("this silo started", cancellationToken);
        var dead = new HashSet<SiloAddress>();
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(cancellationToken))
            {
                var newlyDead = snapshot.Members.Values.Where(m => m.Status == SiloStatus.Dead && dead.Add(m.SiloAddress)).ToList();
                var oldestActive = snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).MinBy(m => m.SiloAddress.Generation);
                if (newlyDead.Count > 0 && oldestActive?.SiloAddress == local.SiloAddress)
                {
                    await WakeAsync($"silo {string.Join(", ", newlyDead.Select(m => m.SiloAddress))} declared dead", cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task WakeAsync(string because, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var started = wallClock.GetUtcNow();
                var woken = await WakeFloorAsync(cancellationToken);
                LogWoken(log, woken, because, (wallClock.GetUtcNow() - started).TotalMilliseconds);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Just after a death the directory may still point at the dead silo for a moment.
                LogWakeFailed(log, e, because, attempt);
                if (attempt == 5)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), wallClock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Woke {Count} floor grains ({Because}) in {Milliseconds:F0} ms: pending rule timers re-armed")]
    private static partial void LogWoken(ILogger logger, int count, string because, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waking the floor ({Because}) failed, attempt {Attempt} of 5")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception, string because, int attempt);
}
