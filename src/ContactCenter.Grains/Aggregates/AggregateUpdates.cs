using System.Collections.Concurrent;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;

namespace ContactCenter.Grains.Aggregates;

/// <summary>
/// The silo's road from calls and agents to queues and teams: one <see cref="UpdateLane{TItem,TResult}"/>
/// per queue and per team, so the aggregates every event touches apply and write in batches.
/// A sender's task ends when the aggregate has written its update: the event that caused it is
/// acknowledged only then.
/// </summary>
public sealed class AggregateUpdates(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, UpdateLane<object, QueueFigures>> queues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UpdateLane<AgentRowUpdate, bool>> teams = new(StringComparer.Ordinal);

    /// <summary>A call's row and counting; answers the queue's figures after the batch that carried it.</summary>
    public Task<QueueFigures> ToQueue(string queueId, QueueCallUpdate update) => Queue(queueId).Send(update);

    public Task ToQueue(string queueId, QueueLegUpdate update) => Queue(queueId).Send(update);

    public Task ToQueue(string queueId, AgentRowUpdate update) => Queue(queueId).Send(update);

    public Task ToQueue(string queueId, QueueCallDone done) => Queue(queueId).Send(done);

    public Task ToTeam(string teamId, AgentRowUpdate update) =>
        teams.GetOrAdd(teamId, id => new UpdateLane<AgentRowUpdate, bool>(async items =>
        {
            await grains.GetGrain<ITeamGrain>(id).Apply([.. items]);
            return true;
        })).Send(update);

    private UpdateLane<object, QueueFigures> Queue(string queueId) =>
        queues.GetOrAdd(queueId, id => new UpdateLane<object, QueueFigures>(items =>
            grains.GetGrain<IQueueGrain>(id).Apply(new QueueBatch(
                [.. items.OfType<QueueCallUpdate>()],
                [.. items.OfType<QueueLegUpdate>()],
                [.. items.OfType<AgentRowUpdate>()],
                [.. items.OfType<QueueCallDone>().Select(d => d.CallId)])).AsTask()));
}
