using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Grains;

/// <summary>
/// One queue: waiting and connected calls, staffing, 15-minute and daily figures, queue rules.
/// A partition of the floor view: the front end merges queues, no grain sees every event.
/// </summary>
public interface IQueueGrain : IGrainWithStringKey
{
    /// <summary>A call's row and counting changed; returns what the call needs to judge a long call.</summary>
    ValueTask<QueueFigures> UpdateCall(QueueCallUpdate update);

    /// <summary>An agent serving this queue moved to another staffing class (null row: no longer serves it).</summary>
    ValueTask UpdateAgent(string agentId, AgentRow? row);

    /// <summary>
    /// Counts an agent's handled leg of a call (<paramref name="add"/>) and uncounts the same leg as
    /// counted before (<paramref name="retract"/>): a late event moved it, or a wrap-up began after it.
    /// </summary>
    ValueTask CountLeg(QueueContribution? retract, QueueContribution? add);

    /// <summary>The queue as its grain knows it; its alerts are in its inbox (<see cref="AlertInbox.OfQueue"/>), so <c>Alerts</c> is empty here.</summary>
    ValueTask<QueueSnapshot> GetSnapshot();

    /// <summary>Figures summed over the 15-minute intervals that start in [from, to).</summary>
    ValueTask<QueueStatsReport> GetStats(DateTimeOffset from, DateTimeOffset to);
}
