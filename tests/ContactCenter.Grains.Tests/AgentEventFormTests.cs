using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// An agent's timeline keeps slim entries in memory, but stores and sends them in the form of the
/// record they replaced: state written before the change is read, and a silo still running the
/// earlier release reads what a newer one wrote.
/// </summary>
[Collection(FloorCollection.Name)]
public sealed class AgentEventFormTests(FloorClusterFixture floor)
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);

    private Serializer Serializer => floor.Cluster.Silos[0].ServiceProvider.GetRequiredService<Serializer>();

    [Fact]
    public void Entries_stored_as_the_earlier_record_are_read_with_what_the_agent_folds()
    {
        var login = new FloorEvent("e1", FloorEventType.AgentLoggedIn, At, AgentId: "a1", Name: "Ada", TeamId: "t1", Queues: ["q1", "q2"], Membership: QueueMembership.Add);
        var ended = new FloorEvent("e2", FloorEventType.CallEnded, At.AddMinutes(3), CallId: "c1", AgentId: "a1", QueueId: "q1", CallerNumber: "+44 20 7946 0123", EndReason: CallEndReason.Completed);

        var read = Serializer.Deserialize<List<AgentEvent>>(Serializer.SerializeToArray(new List<EarlierAgentEvent> { new(login), new(ended, "q1", Difficult: true, LeavesAgent: true) }))!;


        Assert.Equal(new AgentEvent(login) with { SignOn = null }, read[0] with { SignOn = null });
        var signOn = read[0].SignOn!;
        Assert.Equal(("Ada", "t1", QueueMembership.Add), (signOn.Name, signOn.TeamId, signOn.Membership));
        Assert.Equal(["q1", "q2"], signOn.Queues!);
        Assert.Equal(new AgentEvent(ended, "q1", Difficult: true, LeavesAgent: true), read[1]);
    }

    [Fact]
    public void What_this_release_stores_reads_as_the_earlier_record_with_every_field_the_agent_uses()
    {
        var state = new FloorEvent("e3", FloorEventType.AgentStateChanged, At, AgentId: "a1", State: AgentState.NotReady, Reason: "lunch");
        var transfer = new FloorEvent("e4", FloorEventType.CallTransferred, At.AddMinutes(1), CallId: "c2", AgentId: "a1", ToAgentId: "a2", CallerNumber: "+44 20 7946 0123");

        var read = Serializer.Deserialize<List<EarlierAgentEvent>>(Serializer.SerializeToArray(new List<AgentEvent> { new(state), new(transfer, "q2", LeavesAgent: true) }))!;

        Assert.Equal(new EarlierAgentEvent(state), read[0]);
        // The caller's number is no agent's business: it is not kept, so not stored either.
        Assert.Equal(new EarlierAgentEvent(transfer with { CallerNumber = null }, "q2", LeavesAgent: true), read[1]);
    }
}

/// <summary>The agent timeline's entry as releases before the slim entries declared it, word for word.</summary>
[GenerateSerializer, Immutable]
public sealed record EarlierAgentEvent(FloorEvent Event, string? QueueId = null, bool Difficult = false, bool LeavesAgent = false);
