using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Timeline;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

/// <summary>A PBX that adds and removes a member one queue at a time: the agent's queues grow and shrink, and it logs out only when none remain.</summary>
public sealed class QueueMembershipTests
{
    [Fact]
    public void Joining_queues_one_at_a_time_adds_them_and_leaving_one_keeps_the_others()
    {
        var timeline = AgentTimeline(24, null);

        Insert(timeline, Joins(S(0), "billing"));
        Insert(timeline, Joins(S(10), "sales"));
        Insert(timeline, Joins(S(20), "billing"));
        Assert.Equal(["billing", "sales"], timeline.Facts.Queues);

        Insert(timeline, Leaves(S(30), "billing"));
        Assert.Equal((AgentState.Available, S(0)), (timeline.Facts.State, timeline.Facts.StateSince));
        Assert.Equal(["sales"], timeline.Facts.Queues);

        Insert(timeline, Leaves(S(40), "sales"));
        Assert.Equal((AgentState.LoggedOut, S(40)), (timeline.Facts.State, timeline.Facts.StateSince));
        Assert.Empty(timeline.Facts.Queues);
    }

    [Fact]
    public void A_member_added_after_logging_out_has_only_the_queue_it_joins()
    {
        var timeline = AgentTimeline(24, null, LoggedIn(S(0)), LoggedOut(S(10)));

        Insert(timeline, Joins(S(20), "sales"));

        Assert.Equal((AgentState.Available, "sales"), (timeline.Facts.State, string.Join(",", timeline.Facts.Queues)));
    }

    [Fact]
    public void A_log_in_without_membership_replaces_the_queues_as_before()
    {
        var timeline = AgentTimeline(24, null, Joins(S(0), "billing"), Joins(S(5), "sales"));

        Insert(timeline, LoggedIn(S(10)));

        Assert.Equal(["q1"], timeline.Facts.Queues);
    }

    private static AgentEvent Joins(DateTimeOffset at, string queue) =>
        new(new FloorEvent($"join-{queue}-{at.Ticks}", FloorEventType.AgentLoggedIn, at, AgentId: "a1", Queues: [queue], Membership: QueueMembership.Add));

    private static AgentEvent Leaves(DateTimeOffset at, string queue) =>
        new(new FloorEvent($"leave-{queue}-{at.Ticks}", FloorEventType.AgentLoggedOut, at, AgentId: "a1", Queues: [queue], Membership: QueueMembership.Remove));
}
