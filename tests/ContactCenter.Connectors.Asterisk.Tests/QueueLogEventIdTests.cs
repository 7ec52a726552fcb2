using ContactCenter.Connectors.Asterisk.QueueLog;

namespace ContactCenter.Connectors.Asterisk.Tests;

/// <summary>A line's event id comes from the line: the same line read twice (posted, tailed, replayed) is one event.</summary>
public sealed class QueueLogEventIdTests
{
    private static QueueLogEntry Line(string text, int number = 1) => QueueLogParser.Parse(text, number).Entry!;

    [Fact]
    public void The_same_line_read_at_another_position_or_with_other_padding_has_the_same_id()
    {
        var posted = Line("1732700000|c1|billing|PJSIP/201|CONNECT|10|c1.2|2", 3);
        var tailed = Line("1732700000|c1|billing|PJSIP/201|CONNECT|10|c1.2|2||", 9120);

        Assert.Equal(QueueLogEventId.Of(posted), QueueLogEventId.Of(tailed));
        Assert.StartsWith("ql-", QueueLogEventId.Of(posted), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1732700001|c1|billing|PJSIP/201|CONNECT|10|c1.2|2")]
    [InlineData("1732700000|c2|billing|PJSIP/201|CONNECT|10|c1.2|2")]
    [InlineData("1732700000|c1|billing|PJSIP/202|CONNECT|10|c1.2|2")]
    [InlineData("1732700000|c1|billing|PJSIP/201|COMPLETEAGENT|10|c1.2|2")]
    [InlineData("1732700000|c1|billing|PJSIP/201|CONNECT|11|c1.2|2")]
    public void A_line_differing_in_time_call_member_event_or_data_is_another_event(string other)
    {
        var line = Line("1732700000|c1|billing|PJSIP/201|CONNECT|10|c1.2|2");

        Assert.NotEqual(QueueLogEventId.Of(line), QueueLogEventId.Of(Line(other)));
    }

    [Fact]
    public void The_events_one_line_becomes_are_numbered_apart()
    {
        var line = Line("1732700000|NONE|NONE|PJSIP/201|PAUSEALL|lunch");

        Assert.Equal([QueueLogEventId.Of(line), QueueLogEventId.Of(line) + "-1", QueueLogEventId.Of(line) + "-2"], new[] { 0, 1, 2 }.Select(p => QueueLogEventId.Of(line, p)));
    }
}
