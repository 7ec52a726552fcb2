using ContactCenter.Grains.Pacing;
using Orleans.CodeGeneration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Grains.Persistence;

/// <summary>
/// What the floor's grains share: state written through before a request that changed it is
/// answered, the floor's settings, and two injected clocks: the floor's, which rules follow, and
/// the <see cref="Domain.Time.WallClock"/>, which paces pushes.
/// <para>
/// Write-through is what makes an acknowledged event durable: the sink answers only when every
/// grain the batch reached has answered, so a silo killed at any moment leaves in storage only
/// whole requests. A request that fails after changing state in memory (a grain it called was on
/// the dead silo) drops the activation, so the retry meets the state as stored, not a half-applied one.
/// </para>
/// </summary>
public abstract class DurableGrain<TState> : Grain, IIncomingGrainCallFilter
{
    private readonly List<DelayedSelfCall> paced = [];
    private bool dirty;
    private ILogger? log;

    protected DurableGrain(IPersistentState<TState> state, FloorSettings settings, TimeProvider clock)
    {
        Persisted = state;
        Settings = settings;
        Clock = clock;
    }

    protected IPersistentState<TState> Persisted { get; }

    protected TState State => Persisted.State;

    protected FloorSettings Settings { get; }

    protected TimeProvider Clock { get; }

    protected TimeProvider WallClock => Domain.Time.WallClock.From(ServiceProvider);

    /// <summary>The grain's own category (its type), resolved when first needed: most activations never log.</summary>
    protected ILogger Log => log ??= ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());

    /// <summary>The state changed: it is written before the current request (or timer turn) ends.</summary>
    protected void MarkDirty() => dirty = true;

    /// <summary>
    /// Writes what activation changed (alerts judged again on re-arming): a grain woken by a
    /// read-only request, which writes nothing, would otherwise hold the change only in memory.
    /// </summary>
    protected async Task WriteIfDirtyAsync()
    {
        if (dirty)
        {
            dirty = false;
            await Persisted.WriteStateAsync();
        }
    }

    /// <summary>
    /// The state now lives elsewhere (the history store has it): it is removed from grain storage
    /// instead of written, so finished subjects cost neither memory nor journal space.
    /// </summary>
    protected async Task ForgetAsync()
    {
        dirty = false;
        await Persisted.ClearStateAsync();
    }

    /// <summary>A request this grain sends itself after <paramref name="delay"/> on the wall clock; stopped when the activation ends.</summary>
    protected DelayedSelfCall Paced(TimeSpan delay, Func<Task> send)
    {
        var request = new DelayedSelfCall(delay, ServiceProvider.GetRequiredService<PacedSchedule>(), send, Log, Hosting.HostStopping.From(ServiceProvider));
        paced.Add(request);
        return request;
    }

    /// <summary>
    /// A read-only request changes nothing to write; it may interleave with a request under way,
    /// whose pending write is that request's own to make.
    /// </summary>
    public Task Invoke(IIncomingGrainCallContext context) =>
        context.Request is IRequest { Options: var options } && (options & InvokeMethodOptions.ReadOnly) != 0
            ? context.Invoke()
            : Durably(context.Invoke);

    /// <summary>Runs a request and writes what it changed; on failure the activation goes.</summary>
    private async Task Durably(Func<Task> change)
    {
        try
        {
            await change();
            if (dirty)
            {
                dirty = false;
                await Persisted.WriteStateAsync();
            }
        }
        catch
        {
            dirty = false;
            // Memory may now be ahead of storage: the next request must start from what was stored.
            DeactivateOnIdle();
            throw;
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        foreach (var request in paced)
        {
            request.Stop();
        }

        return Task.CompletedTask;
    }
}
