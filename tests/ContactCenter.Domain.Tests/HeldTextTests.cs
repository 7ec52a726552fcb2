using ContactCenter.Contracts.Events;

namespace ContactCenter.Domain.Tests;

/// <summary>Parsed events bring their own copy of every id; an agent keeps the strings it already holds.</summary>
public sealed class HeldTextTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_entry_takes_the_agents_own_id_its_queue_and_its_calls_id_as_already_held()
    {
        var (agent, queue) = ("a1", "q1");
        var offered = new AgentEvent(new FloorEvent("e1", FloorEventType.CallOffered, At, CallId: Parsed("c1"), AgentId: Parsed(agent)), Parsed(queue));
        var kept = new List<AgentEvent> { offered.SharingIds(agent, [], [queue]) };

        var answered = new AgentEvent(new FloorEvent("e2", FloorEventType.CallAnswered, At, CallId: Parsed("c1"), AgentId: Parsed(agent)), Parsed(queue))
            .SharingIds(agent, kept, [queue]);

        Assert.Same(agent, kept[0].AgentId);
        Assert.Same(queue, kept[0].QueueId);
        Assert.Same(kept[0].CallId, answered.CallId);
        Assert.Same(agent, answered.AgentId);
        Assert.Same(queue, answered.QueueId);
    }

    [Fact]
    public void A_different_id_stays_its_own()
    {
        var held = "c1";

        Assert.Same(held, HeldText.Same(Parsed("c1"), held));
        Assert.Equal("c2", HeldText.Same("c2", held));
        Assert.Null(HeldText.Same(null, held));
        Assert.Equal("c3", HeldText.Same("c3", null));
    }

    /// <summary>A copy of the text, as the parser makes one per event.</summary>
    private static string Parsed(string text) => new(text.AsSpan());
}
