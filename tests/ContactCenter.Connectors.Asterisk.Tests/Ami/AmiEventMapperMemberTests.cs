using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using static ContactCenter.Connectors.Asterisk.Tests.Ami.AmiFixtures;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>Queue member events in the floor's terms when AMI alone feeds the floor.</summary>
public sealed class AmiEventMapperMemberTests
{
    [Fact]
    public void A_member_added_to_two_queues_joins_each_keeping_the_other_with_its_member_name()
    {
        var mapper = Mapper();
        var events = Feed(mapper, Member("QueueMemberAdded", 0, "sales"), Member("QueueMemberAdded", 1, "support"));

        Assert.Equal([["sales"], ["support"]], events.Select(e => e.Queues!));
        Assert.All(events, e => Assert.Equal(QueueMembership.Add, e.Membership));
        Assert.All(events, e => Assert.Equal((FloorEventType.AgentLoggedIn, "201", "Alice"), (e.Type, e.AgentId, e.Name)));
        Assert.Equal("PJSIP/201", mapper.InterfaceOf("201"));
    }

    [Fact]
    public void A_member_listed_by_QueueStatus_teaches_its_interface_and_sends_the_floor_nothing()
    {
        var mapper = Mapper();

        // The older field names (Name, Location) of the same listing, too.
        var events = Feed(
            mapper,
            Member("QueueMember", 0, "sales", paused: "1"),
            Event("QueueMember", 0, ("Queue", "sales"), ("Name", "Bob"), ("Location", "SIP/202"), ("Paused", "0")));

        Assert.Empty(events);
        Assert.Equal("PJSIP/201", mapper.InterfaceOf("201"));
        Assert.Equal("SIP/202", mapper.InterfaceOf("202"));
    }

    [Fact]
    public void A_configured_member_comes_with_its_id_name_and_team()
    {
        var agents = new QueueLogAgents(new Dictionary<string, QueueLogAgent> { ["Alice Smith"] = new() { Id = "alice", Name = "Alice Smith", Team = "blue" } });
        var e = Assert.Single(Mapper(agents: agents).Map(Member("QueueMemberAdded", 0, "sales", memberName: "Alice Smith")));

        Assert.Equal(("alice", "Alice Smith", "blue"), (e.AgentId, e.Name, e.TeamId));
    }

    [Fact]
    public void Removal_from_a_queue_leaves_that_queue_only_and_the_floor_logs_out_after_the_last()
    {
        var events = Feed(Mapper(), Member("QueueMemberAdded", 0, "sales"), Member("QueueMemberAdded", 1, "support"),
            Member("QueueMemberRemoved", 50, "sales"), Member("QueueMemberRemoved", 60, "support"));

        Assert.Equal(
            [(FloorEventType.AgentLoggedOut, At(50), "sales"), (FloorEventType.AgentLoggedOut, At(60), "support")],
            events.Skip(2).Select(e => (e.Type, e.At, e.Queues!.Single())));
        Assert.All(events.Skip(2), e => Assert.Equal(QueueMembership.Remove, e.Membership));
    }

    [Fact]
    public void A_pause_on_every_queue_is_one_not_ready_with_its_reason_and_the_unpause_one_available()
    {
        var events = Feed(Mapper(), Member("QueueMemberAdded", 0, "sales"), Member("QueueMemberAdded", 1, "support"),
            Member("QueueMemberPause", 80, "sales", paused: "1", pausedReason: "lunch"), Member("QueueMemberPause", 80, "support", paused: "1", pausedReason: "lunch"),
            Member("QueueMemberPause", 140, "sales"), Member("QueueMemberPause", 140, "support")).Skip(2).ToList();

        Assert.Equal([(AgentState.NotReady, "lunch", At(80)), (AgentState.Available, null, At(140))], events.Select(e => (e.State!.Value, e.Reason, e.At)));
    }

    [Fact]
    public void A_pause_without_a_reason_is_paused()
    {
        Assert.Equal("paused", Assert.Single(Mapper().Map(Member("QueueMemberPause", 5, "sales", paused: "1"))).Reason);
    }

    [Fact]
    public void QueueMemberStatus_tells_a_pause_it_did_not_know_and_a_device_going_unavailable_and_back()
    {
        var mapper = Mapper();
        var events = Feed(mapper,
            Member("QueueMemberStatus", 1, "sales", status: "1"), // First sight, not paused: nothing.
            Member("QueueMemberStatus", 2, "sales", status: "2"), // In use: calls tell that.
            Member("QueueMemberStatus", 3, "sales", status: "5"),
            Member("QueueMemberStatus", 3, "support", status: "5"),
            Member("QueueMemberStatus", 9, "sales", status: "1"),
            Member("QueueMemberStatus", 20, "sales", status: "1", paused: "1", pausedReason: "training"));

        Assert.Equal(
            [(AgentState.NotReady, "unavailable", At(3)), (AgentState.Available, null, At(9)), (AgentState.NotReady, "training", At(20))],
            events.Select(e => (e.State!.Value, e.Reason, e.At)));
        Assert.Equal("PJSIP/201", mapper.InterfaceOf("201"));
    }

    [Fact]
    public void A_member_name_that_is_no_floor_id_is_skipped_without_throwing()
    {
        Assert.Empty(Mapper().Map(Member("QueueMemberAdded", 0, "sales", iface: "Alice Smith", memberName: "Alice Smith")));
    }
}
