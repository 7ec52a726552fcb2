using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Connectors.Asterisk.Tests;

/// <summary>Members configured under Connectors:QueueLog:Agents come to the floor with their id, name and team.</summary>
public sealed class QueueLogAgentsTests
{
    private static readonly QueueLogAgents Agents = new(new Dictionary<string, QueueLogAgent>
    {
        ["Alice Smith"] = new() { Id = "alice", Name = "Alice Smith", Team = "billing-team" },
        ["202"] = new() { Name = "Bob Jones", Team = "billing-team" },
    });

    private static QueueLogMapping Map(string rest) => QueueLogEvents.Map(QueueLogParser.Parse($"1732700000|{rest}", 1).Entry!, Agents);

    [Fact]
    public void A_member_name_configured_with_an_id_logs_in_as_that_agent_with_its_name_and_team()
    {
        var e = Assert.Single(Map("NONE|billing|Alice Smith|ADDMEMBER|").Events);

        Assert.Equal((FloorEventType.AgentLoggedIn, "alice", "Alice Smith", "billing-team"), (e.Type, e.AgentId, e.Name, e.TeamId));
        Assert.Equal(["billing"], e.Queues!);
    }

    [Fact]
    public void An_extension_configured_without_an_id_keeps_its_number_and_gains_its_name_whatever_the_technology()
    {
        var e = Assert.Single(Map("NONE|NONE|SIP/202-0000002a|AGENTLOGIN|SIP/202").Events);

        Assert.Equal(("202", "Bob Jones", "billing-team"), (e.AgentId, e.Name, e.TeamId));
    }

    [Fact]
    public void A_configured_member_answers_calls_under_its_floor_id()
    {
        var answer = Map("c1|billing|Alice Smith|CONNECT|10|c1.5|2").Events[^1];

        Assert.Equal((FloorEventType.CallAnswered, "alice"), (answer.Type, answer.AgentId));
    }

    [Fact]
    public void A_member_nobody_configured_is_its_extension()
    {
        Assert.Equal("301", Assert.Single(Map("NONE|NONE|PJSIP/301|AGENTLOGIN|PJSIP/301").Events).AgentId);
    }
}
