using ContactCenter.Grains.Pacing;
using ContactCenter.Domain.Time;

namespace ContactCenter.Grains.Persistence;

/// <summary>
/// Writes a grain's state a short while after it first changes, not on every event: the hot
/// path stays free of storage calls, and a burst of events costs one write. The delay runs on
/// the <see cref="WallClock"/>: it paces the load on storage, which a replay running the
/// floor's clock faster than real time must not multiply. State is also written when the
/// activation ends.
/// </summary>
public sealed class WriteBehind<T>(IPersistentState<T> state, DelayedSelfCall flush)
{
    private bool dirty;

    public void MarkDirty()
    {
        dirty = true;
        flush.Ask();
    }

    public async Task FlushAsync()
    {
        flush.Arrived();
        if (!dirty)
        {
            return;
        }

        dirty = false;
        await state.WriteStateAsync();
    }

    /// <summary>The activation is ending (its state is flushed there): no later flush request.</summary>
    public void Stop() => flush.Stop();
}
