using ContactCenter.Contracts.Events;
using static ContactCenter.Ingestion.Tests.Support.Wire;

namespace ContactCenter.Ingestion.Tests;

/// <summary>"membership" on the wire: a log-in that adds queues, a log-out that leaves some; anything else is refused naming the field.</summary>
public class QueueMembershipWireTests
{
    [Fact]
    public void A_log_in_may_add_queues_and_a_log_out_may_leave_some()
    {
        var joins = Accepted(Item("AgentLoggedIn", "'agentId':'a-1','queues':['sales'],'membership':'add'"));
        var leaves = Accepted(Item("AgentLoggedOut", "'agentId':'a-1','queues':['sales'],'membership':'remove'"));
        var replaces = Accepted(Item("AgentLoggedIn", "'agentId':'a-1','queues':['sales'],'membership':'replace'"));

        Assert.Equal((QueueMembership.Add, "sales"), (joins.Membership, string.Join(",", joins.Queues!)));
        Assert.Equal((QueueMembership.Remove, "sales"), (leaves.Membership, string.Join(",", leaves.Queues!)));
        Assert.Equal(QueueMembership.Replace, replaces.Membership);
        Assert.Equal(QueueMembership.Replace, Accepted(Item("AgentLoggedOut", "'agentId':'a-1'")).Membership);
        Assert.Equal((QueueMembership.Replace, null), (Accepted(Item("AgentLoggedOut", "'agentId':'a-1','queues':['q']")).Membership, Accepted(Item("AgentLoggedOut", "'agentId':'a-1','queues':['q']")).Queues));
    }

    [Theory]
    [InlineData("AgentLoggedIn", "'membership':'remove','queues':['q']", "membership", "invalid")]
    [InlineData("AgentLoggedIn", "'membership':'add'", "queues", "required")]
    [InlineData("AgentLoggedOut", "'membership':'add','queues':['q']", "membership", "invalid")]
    [InlineData("AgentLoggedOut", "'membership':'remove'", "queues", "required")]
    [InlineData("AgentLoggedOut", "'membership':'remove','queues':[]", "queues", "required")]
    public void A_membership_that_does_not_fit_the_event_is_refused_naming_the_field(string type, string fields, string field, string reason)
    {
        var refusal = Rejected(Item(type, "'agentId':'a-1'," + fields));

        Assert.Equal((field, reason), (refusal.Field, refusal.Reason));
    }
}
