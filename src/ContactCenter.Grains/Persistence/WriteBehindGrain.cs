using ContactCenter.Grains.Pacing;
using ContactCenter.Contracts.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Time;

namespace ContactCenter.Grains.Persistence;

/// <summary>
/// What the floor's subject and aggregate grains share: persisted state written behind the hot
/// path (and on deactivation), the floor's settings, and two injected clocks: the floor's, which
/// rules follow, and the <see cref="WallClock"/>, which paces writes and pushes.
/// </summary>
public abstract class WriteBehindGrain<TState> : Grain, IWriteBehindGrain
{
    private readonly List<DelayedSelfCall> paced = [];
    private WriteBehind<TState>? writer;

    protected WriteBehindGrain(IPersistentState<TState> state, FloorSettings settings, TimeProvider clock)
    {
        Persisted = state;
        Settings = settings;
        Clock = clock;
    }

    protected IPersistentState<TState> Persisted { get; }

    protected TState State => Persisted.State;

    protected FloorSettings Settings { get; }

    protected TimeProvider Clock { get; }

    protected WriteBehind<TState> Writer => writer ??= new WriteBehind<TState>(
        Persisted, Paced(Settings.StateWriteDelay, this.AsReference<IWriteBehindGrain>().FlushState));

    protected TimeProvider WallClock => Domain.Time.WallClock.From(ServiceProvider);

    /// <summary>A request this grain sends itself after <paramref name="delay"/> on the wall clock; stopped when the activation ends.</summary>
    protected DelayedSelfCall Paced(TimeSpan delay, Func<Task> send)
    {
        var request = new DelayedSelfCall(delay, WallClock, send, ServiceProvider.GetRequiredService<ILogger<WriteBehindGrain<TState>>>());
        paced.Add(request);
        return request;
    }

    /// <summary>Whether this grain has nothing left to do once its state is written (a call that has ended).</summary>
    protected virtual bool Finished => false;

    public async Task FlushState()
    {
        try
        {
            await Writer.FlushAsync();
            if (Finished)
            {
                // A flush request can arrive after the activation it was meant for has gone and
                // start a new one: a finished grain does not stay for the idle-collection age.
                DeactivateOnIdle();
            }
        }
        catch (Exception e) when (ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
        {
            // The host is stopping and may have lost its storage first; the activation's own
            // deactivation tries once more, and one error per grain would drown the log.
            ServiceProvider.GetRequiredService<ILogger<WriteBehindGrain<TState>>>()
                .LogDebug(e, "State of {Grain} not written while the host stops", this.GetGrainId());
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        foreach (var request in paced)
        {
            request.Stop();
        }

        if (reason.ReasonCode == DeactivationReasonCode.ShuttingDown && ServiceProvider.GetService<VolatileStorage>() is not null)
        {
            // In-memory state dies with the process, and its storage grains may already be gone:
            // a write would only wait for them until the shutdown timeout (30 s by default).
            return;
        }

        try
        {
            await Writer.FlushAsync();
        }
        catch (Exception e) when (reason.ReasonCode == DeactivationReasonCode.ShuttingDown)
        {
            // A silo going down may have lost its storage first (in-memory storage always has):
            // there is nothing left to write to, and one error per grain would drown the log.
            ServiceProvider.GetRequiredService<ILogger<WriteBehindGrain<TState>>>()
                .LogDebug(e, "State of {Grain} not written at shutdown", this.GetGrainId());
        }
    }
}
