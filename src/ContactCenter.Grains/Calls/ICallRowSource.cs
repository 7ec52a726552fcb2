using ContactCenter.Contracts.Floor;
using Orleans.Concurrency;

namespace ContactCenter.Grains.Calls;

/// <summary>
/// A call's live row as its queue shows it, for a queue rebuilding its rows on activation: the
/// call owns the row, the queue only mirrors it.
/// </summary>
public interface ICallRowSource : IGrainWithStringKey
{
    /// <summary>
    /// The row if the call is live in <paramref name="queueId"/>, else null. Interleaves: the call
    /// may be waiting on the very queue that asks, and answers the row its pending update carries.
    /// </summary>
    [AlwaysInterleave, ReadOnly]
    ValueTask<CallRow?> QueueRow(string queueId);
}
