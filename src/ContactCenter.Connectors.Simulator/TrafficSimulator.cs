using System.Diagnostics;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Connectors.Simulator;

/// <summary>
/// Runs a <see cref="FloorSimulation"/> against the clock and pushes its events through the same sink as
/// every other source. A batch the sink throws on is kept and sent again with the next one: the sink drops
/// repeats by event id, and losing a login or an answer would make every later event of that subject invalid.
/// </summary>
public sealed partial class TrafficSimulator : BackgroundService
{
    /// <summary>Past this many unsent events the sink is taken to be gone for good and the backlog is dropped, so memory stays bounded.</summary>
    public const int MaxPendingEvents = 100_000;

    /// <summary>The morning goes to the sink in slices of this much floor time: batches of a size the sink takes in stride.</summary>
    public static readonly TimeSpan BackfillSlice = TimeSpan.FromMinutes(5);

    private readonly SimulatorOptions options;
    private readonly IEventSink sink;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<TrafficSimulator> logger;
    private readonly IHostApplicationLifetime? lifetime;
    private readonly SimulatorSite site;
    private readonly List<FloorEvent> pending = [];

    public TrafficSimulator(
        IOptions<SimulatorOptions> options,
        IEventSink sink,
        TimeProvider timeProvider,
        ILogger<TrafficSimulator> logger,
        IHostApplicationLifetime? lifetime = null,
        SimulatorSite? site = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.sink = sink;
        this.timeProvider = timeProvider;
        this.logger = logger;
        this.lifetime = lifetime;
        this.site = site ?? SimulatorSite.Utc;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            LogDisabled();
            return;
        }

        // The sink usually needs the rest of the host (the silo) to be up; start once everything has started.
        if (lifetime is not null && !await WaitForStartedAsync(lifetime.ApplicationStarted, stoppingToken).ConfigureAwait(false))
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var simulation = new FloorSimulation(options, site.DayStart(options, now));
        LogStarted(options.Seed, options.Agents, options.Queues, options.CallsPerHour, simulation.Start);
        if (simulation.Start < now && !await BackfillAsync(simulation, now, stoppingToken).ConfigureAwait(false))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.TickMilliseconds), timeProvider);
        try
        {
            do
            {
                await TickAsync(simulation, stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the unsent tail of a simulated floor is not worth delaying shutdown for.
        }
    }

    /// <summary>
    /// Generates the day from its start up to <paramref name="now"/> slice by slice; false if the host
    /// stopped meanwhile. Events carry their own times, so the figures land in the intervals they
    /// belong to; a slice the sink fails is sent again with the next, as live batches are. Slices go
    /// as a catch-up: a hold that ends in the next slice raises nothing in between.
    /// </summary>
    private async Task<bool> BackfillAsync(FloorSimulation simulation, DateTimeOffset now, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        var sent = 0;
        try
        {
            for (var until = simulation.Start + BackfillSlice; ; until += BackfillSlice)
            {
                var last = until >= now;
                sent += await TickAsync(simulation, last ? now : until, catchingUp: true, stoppingToken).ConfigureAwait(false);
                if (last)
                {
                    break;
                }
            }

            sent += await FinishBackfillAsync(simulation, now, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }

        LogBackfilled(sent, simulation.Start, now, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return true;
    }

    /// <summary>
    /// A slice the sink failed stays pending: it goes again as a catch-up, never with the first live
    /// batch, whose hours-old holds would be judged as running now. Paced by the tick.
    /// </summary>
    private async Task<int> FinishBackfillAsync(FloorSimulation simulation, DateTimeOffset now, CancellationToken stoppingToken)
    {
        var sent = 0;
        while (pending.Count > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(options.TickMilliseconds), timeProvider, stoppingToken).ConfigureAwait(false);
            sent += await TickAsync(simulation, now, catchingUp: true, stoppingToken).ConfigureAwait(false);
        }

        return sent;
    }

    private Task TickAsync(FloorSimulation simulation, CancellationToken stoppingToken) =>
        TickAsync(simulation, timeProvider.GetUtcNow(), catchingUp: false, stoppingToken);

    /// <summary>Advances the floor to <paramref name="until"/> and sends what is pending; returns how many events the sink took.</summary>
    private async Task<int> TickAsync(FloorSimulation simulation, DateTimeOffset until, bool catchingUp, CancellationToken stoppingToken)
    {
        pending.AddRange(simulation.Advance(until));
        if (pending.Count == 0)
        {
            return 0;
        }

        try
        {
            FloorEvent[] batch = [.. pending];
            var result = await (catchingUp ? sink.CatchUpAsync(batch, stoppingToken) : sink.IngestAsync(batch, stoppingToken)).ConfigureAwait(false);
            if (result.Rejected.Count > 0)
            {
                var first = result.Rejected[0];
                LogRejected(pending.Count, result.Accepted, result.Duplicates, result.Rejected.Count, first.EventId, first.Field, first.Reason, first.Detail);
            }

            var taken = pending.Count;
            pending.Clear();
            return taken;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogBatchFailed(ex, pending.Count);
            if (pending.Count > MaxPendingEvents)
            {
                LogBacklogDropped(pending.Count);
                pending.Clear();
            }

            return 0;
        }
    }

    private static async Task<bool> WaitForStartedAsync(CancellationToken started, CancellationToken stoppingToken)
    {
        if (started.IsCancellationRequested)
        {
            return true;
        }

        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (started.Register(() => signal.TrySetResult()))
        using (stoppingToken.Register(() => signal.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await signal.Task.ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Traffic simulator is disabled")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "Traffic simulator started: seed {Seed}, {Agents} agents, {Queues} queues, {CallsPerHour} calls per hour, from {Start}")]
    private partial void LogStarted(int seed, int agents, int queues, double callsPerHour, DateTimeOffset start);

    [LoggerMessage(Level = LogLevel.Information, Message = "Traffic simulator filled the day from {Start} to {Now}: {Events} events in {Seconds:F1} s")]
    private partial void LogBackfilled(int events, DateTimeOffset start, DateTimeOffset now, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sink rejected {Rejected} of {Sent} simulated events ({Accepted} accepted, {Duplicates} duplicates); first: event {EventId}, field {Field}: {Reason} {Detail}")]
    private partial void LogRejected(int sent, int accepted, int duplicates, int rejected, string? eventId, string field, string reason, string? detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pushing {Count} simulated events failed; they will be sent again with the next batch")]
    private partial void LogBatchFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dropping {Count} unsent simulated events: the sink has failed for too long")]
    private partial void LogBacklogDropped(int count);
}
