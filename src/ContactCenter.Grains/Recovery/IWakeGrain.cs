namespace ContactCenter.Grains.Recovery;

/// <summary>
/// A grain that may hold a pending rule timer or lead to grains that do. Waking activates it from
/// storage (its activation re-arms its timers from the stored timestamps) and returns who depends
/// on it, for <see cref="FloorWake"/> to wake in turn: no grain waits on another while it wakes.
/// </summary>
public interface IWakeGrain : IGrainWithStringKey
{
    ValueTask<WakeList> Wake();
}
