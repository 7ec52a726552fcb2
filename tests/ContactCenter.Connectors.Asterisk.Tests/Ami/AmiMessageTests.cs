using ContactCenter.Connectors.Asterisk.Ami;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

public sealed class AmiMessageTests
{
    [Fact]
    public void An_action_is_written_as_key_value_lines_ended_by_a_blank_line()
    {
        var action = AmiMessage.Of(("Action", "Login"), ("Username", "floor"), ("Secret", "s3cret"));

        Assert.Equal("Action: Login\r\nUsername: floor\r\nSecret: s3cret\r\n\r\n", action.Format());
    }

    [Fact]
    public void A_value_with_a_line_break_is_refused_rather_than_smuggling_in_another_field()
    {
        var action = AmiMessage.Of(("Action", "Originate"), ("CallerID", "x\r\nAction: Logoff"));

        Assert.Throws<ArgumentException>(() => action.Format());
    }

    [Fact]
    public void Keys_are_case_insensitive_and_the_first_value_wins()
    {
        var message = AmiMessage.Of(("Event", "Hangup"), ("ActionId", "7"), ("X", "1"), ("x", "2"));

        Assert.Equal(("7", "1", true, false), (message.ActionId, message["X"], message.IsEvent, message.IsResponse));
        Assert.Null(message["Missing"]);
    }
}
