using ContactCenter.Connectors.Asterisk.QueueLog;

namespace ContactCenter.Connectors.Asterisk.Tests;

/// <summary>One person, one id, whichever channel technology the member interface names.</summary>
public sealed class AsteriskAgentIdTests
{
    [Theory]
    [InlineData("PJSIP/201", "201")]
    [InlineData("SIP/8007", "8007")]
    [InlineData("SIP/201-0000002a", "201")]
    [InlineData("Local/201@agents", "201")]
    [InlineData("Local/201@from-queue/n", "201")]
    [InlineData("Agent/1001", "1001")]
    [InlineData("IAX2/alice", "alice")]
    [InlineData("Alice Smith", "Alice Smith")]
    [InlineData(" 201 ", "201")]
    public void A_member_interface_gives_the_agent_id(string member, string id) => Assert.Equal(id, AsteriskAgentId.Of(member));

    [Theory]
    [InlineData("NONE")]
    [InlineData("")]
    public void No_member_is_no_agent(string member) => Assert.Null(AsteriskAgentId.Of(member));
}
