using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Grains;

/// <summary>
/// One queue: waiting and connected calls, staffing, 15-minute and daily figures, queue rules.
/// A partition of the floor view: the front end merges queues, no grain sees every event.
/// </summary>
public interface IQueueGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies what calls and agents told this queue (each update once), judges the queue rules and
    /// writes the state before answering; returns what calls need to judge a long call.
    /// </summary>
    ValueTask<QueueFigures> Apply(QueueBatch batch);

    /// <summary>The queue as its grain knows it; its alerts are in its inbox (<see cref="AlertInbox.OfQueue"/>), so <c>Alerts</c> is empty here.</summary>
    ValueTask<QueueSnapshot> GetSnapshot();

    /// <summary>Figures summed over the 15-minute intervals that start in [from, to).</summary>
    ValueTask<QueueStatsReport> GetStats(DateTimeOffset from, DateTimeOffset to);
}
