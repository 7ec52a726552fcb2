using ContactCenter.Connectors.Asterisk.Ami;
using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>The Originate that rings a supervisor into ChanSpy on an agent's channel.</summary>
public sealed class AmiJoinActionTests
{
    private static readonly Dictionary<string, string> Phones = new(StringComparer.OrdinalIgnoreCase) { ["sam"] = "PJSIP/9001" };

    private static JoinCommand Command(JoinMode mode, string supervisor = "Sam", string? agent = "201") =>
        new("cmd-1", "long-hold:c1:1", "c1", agent, supervisor, mode, DateTimeOffset.FromUnixTimeSeconds(1732700000));

    private static string? Interfaces(string agentId) => agentId == "201" ? "PJSIP/201" : null;

    [Theory]
    [InlineData(JoinMode.Monitor, "PJSIP/201-,qbES")]
    [InlineData(JoinMode.Whisper, "PJSIP/201-,qbESw")]
    [InlineData(JoinMode.Barge, "PJSIP/201-,qbESB")]
    public void The_supervisors_phone_is_rung_into_ChanSpy_on_the_agents_channel_with_the_modes_options(JoinMode mode, string data)
    {
        var plan = AmiJoinAction.For(Command(mode), Phones, Interfaces);

        Assert.True(plan.CanSend);
        var action = new AmiMessage(plan.Fields!);
        Assert.Equal(
            ("Originate", "cmd-1", "PJSIP/9001", "ChanSpy", data, "true"),
            (action["Action"], action.ActionId, action["Channel"], action["Application"], action["Data"], action["Async"]));
        Assert.Contains("201", action["CallerID"]);
    }

    [Theory]
    [InlineData("PJSIP/201", "PJSIP/201-")]
    [InlineData("Local/201@agents/n", "Local/201@agents-")]
    [InlineData("SIP/201", "SIP/201-")]
    public void The_spied_prefix_ends_where_the_channel_sequence_begins_so_201_never_matches_2010(string iface, string prefix)
    {
        Assert.Equal(prefix, AmiJoinAction.ChannelPrefix(iface));
    }

    [Fact]
    public void Without_a_phone_for_the_supervisor_it_says_so()
    {
        var plan = AmiJoinAction.For(Command(JoinMode.Monitor, supervisor: "pat"), Phones, Interfaces);

        Assert.False(plan.CanSend);
        Assert.Contains("supervisor 'pat'", plan.Problem);
    }

    [Fact]
    public void Without_the_agents_interface_or_an_agent_it_says_so()
    {
        Assert.Contains("agent '305'", AmiJoinAction.For(Command(JoinMode.Monitor, agent: "305"), Phones, Interfaces).Problem);
        Assert.Contains("no agent", AmiJoinAction.For(Command(JoinMode.Monitor, agent: null), Phones, Interfaces).Problem);
    }

    [Fact]
    public void A_command_naming_only_the_call_listens_to_the_agent_who_answered_it()
    {
        var mapper = AmiFixtures.Mapper();
        AmiFixtures.Feed(mapper, AmiFixtures.QueueCallerJoin(10, "c1", "sales"), AmiFixtures.AgentConnect(16, "c1", "sales", "PJSIP/201"));

        var plan = AmiJoinAction.For(Command(JoinMode.Barge, agent: null), Phones, mapper.InterfaceOf, mapper.AgentOnCall);

        Assert.Equal("PJSIP/201-,qbESB", new AmiMessage(plan.Fields!)["Data"]);
    }
}
