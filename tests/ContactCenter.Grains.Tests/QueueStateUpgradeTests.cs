using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Queues;

namespace ContactCenter.Grains.Tests;

/// <summary>A queue state stored before queues kept only agents' states (whole rows then) still counts its agents.</summary>
[Collection(FloorCollection.Name)]
public sealed class QueueStateUpgradeTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_queue_stored_with_whole_agent_rows_counts_the_same_staffing_after_activation()
    {
        var queue = $"upgrade-{Guid.NewGuid():N}";
        var at = floor.Clock.GetUtcNow();
        var stored = new QueueGrainState
        {
            Registered = true,
            Agents = new Dictionary<string, AgentRow>
            {
                ["u1"] = Row("u1", AgentState.Available, queue, at),
                ["u2"] = Row("u2", AgentState.Talking, queue, at),
                ["u3"] = Row("u3", AgentState.NotReady, queue, at),
            },
        };
        await floor.StoreAsync("queue", queue, new GrainState<QueueGrainState>(stored));

        var staffing = (await floor.Grains.GetGrain<IQueueGrain>(queue).GetSnapshot()).Staffing;

        Assert.Equal(new Staffing(Staffed: 3, Available: 1, Busy: 1, WrapUp: 0, NotReady: 1), staffing);
    }

    private static AgentRow Row(string agent, AgentState state, string queue, DateTimeOffset at) =>
        new(agent, null, "t1", [queue], state, null, at, null, null, 0);
}
