using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Persistence;

/// <summary>
/// What the floor's subject and aggregate grains share: persisted state written behind the hot
/// path (and on deactivation), the floor's settings and the injected clock.
/// </summary>
public abstract class FloorGrain<TState> : Grain, IWriteBehindGrain
{
    private WriteBehind<TState>? writer;

    protected FloorGrain(IPersistentState<TState> state, FloorSettings settings, TimeProvider clock)
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
        Persisted,
        Settings.StateWriteDelay,
        ServiceProvider.GetRequiredKeyedService<TimeProvider>(WriteBehindClock.Key),
        this.AsReference<IWriteBehindGrain>().FlushState,
        ServiceProvider.GetRequiredService<ILogger<FloorGrain<TState>>>());

    public Task FlushState() => Writer.FlushAsync();

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Writer.Stop();
        try
        {
            await Writer.FlushAsync();
        }
        catch (Exception e) when (reason.ReasonCode == DeactivationReasonCode.ShuttingDown)
        {
            // A silo going down may have lost its storage first (in-memory storage always has):
            // there is nothing left to write to, and one error per grain would drown the log.
            ServiceProvider.GetRequiredService<ILogger<FloorGrain<TState>>>()
                .LogDebug(e, "State of {Grain} not written at shutdown", this.GetGrainId());
        }
    }
}
