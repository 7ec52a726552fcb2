using ContactCenter.Grains.Configuration;

namespace ContactCenter.Grains.Persistence;

/// <summary>
/// What the floor's subject and aggregate grains share: persisted state written behind the hot
/// path (and on deactivation), the floor's settings and the injected clock.
/// </summary>
public abstract class FloorGrain<TState> : Grain
{
    protected FloorGrain(IPersistentState<TState> state, FloorSettings settings, TimeProvider clock)
    {
        Persisted = state;
        Settings = settings;
        Clock = clock;
        Writer = new WriteBehind<TState>(this, state, settings.StateWriteDelay);
    }

    protected IPersistentState<TState> Persisted { get; }

    protected TState State => Persisted.State;

    protected FloorSettings Settings { get; }

    protected TimeProvider Clock { get; }

    protected WriteBehind<TState> Writer { get; }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Writer.FlushAsync();
}
