using ContactCenter.Connectors.Asterisk.QueueLog;

namespace ContactCenter.Connectors.Asterisk.Tests;

/// <summary>queue_log lines as the Asterisk documentation shows them, and the lines a real file also holds.</summary>
public sealed class QueueLogParserTests
{
    [Fact]
    public void A_documented_line_gives_its_time_call_queue_member_event_and_data()
    {
        var (entry, problem) = QueueLogParser.Parse("1366720340|1366720340.303267|MYQUEUE|SIP/8007|RINGNOANSWER|1000", 7);

        Assert.Null(problem);
        Assert.NotNull(entry);
        Assert.Equal(7, entry.Line);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1366720340), entry.At);
        Assert.Equal(("1366720340.303267", "MYQUEUE", "SIP/8007", "RINGNOANSWER"), (entry.CallId, entry.Queue, entry.Agent, entry.Event));
        Assert.Equal("1000", entry.Datum(1));
        Assert.Null(entry.Datum(2));
    }

    [Fact]
    public void Five_data_fields_are_read_and_more_stay_together_in_the_fifth()
    {
        var five = QueueLogParser.Parse("1732700000|1732699990.12|billing|PJSIP/201|CONNECT|10|1732700000.13|2|x|y", 1).Entry!;
        var more = QueueLogParser.Parse("1732700000|1732699990.12|billing|NONE|ENTERQUEUE||Smith|Jones|1|a|b", 2).Entry!;

        Assert.Equal(["10", "1732700000.13", "2", "x", "y"], five.Data);
        Assert.Equal("a|b", more.Datum(5));
        Assert.False(more.HasAgent);
    }

    [Fact]
    public void An_older_line_with_three_data_fields_and_no_trailing_ones_reads_the_same_way()
    {
        var entry = QueueLogParser.Parse("1100000000|1099999990.1|support|Agent/1001|COMPLETECALLER|12|300|1", 1).Entry!;

        Assert.Equal(["12", "300", "1"], entry.Data);
        Assert.Null(entry.Datum(4));
    }

    [Fact]
    public void Event_names_are_read_in_upper_case_and_fields_trimmed()
    {
        var entry = QueueLogParser.Parse("1732700000| 1732699990.12 |billing| PJSIP/201 |connect|10\r", 1).Entry!;

        Assert.Equal(("CONNECT", "1732699990.12", "PJSIP/201"), (entry.Event, entry.CallId, entry.Agent));
    }

    [Theory]
    [InlineData("1732700000|x|q|NONE", "line", "at least 5 fields")]
    [InlineData("yesterday|x|q|NONE|ENTERQUEUE", "epoch", "not a Unix time")]
    [InlineData("-5|x|q|NONE|ENTERQUEUE", "epoch", "not a Unix time")]
    [InlineData("1732700000|x|q|NONE| ", "event", "empty")]
    public void A_bad_line_is_a_problem_naming_its_line_field_and_reason(string line, string field, string reason)
    {
        var (entry, problem) = QueueLogParser.Parse(line, 42);

        Assert.Null(entry);
        Assert.NotNull(problem);
        Assert.Equal((42, field), (problem.Line, problem.Field));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_is_read_line_by_line_and_a_bad_line_does_not_stop_the_ones_after_it()
    {
        var text = "1732700000|c1|q|NONE|ENTERQUEUE||555|1\n\nnot a line\n1732700005|c1|q|NONE|ABANDON|1|1|5\n";
        var read = new List<(QueueLogEntry? Entry, QueueLogProblem? Problem)>();
        await foreach (var item in QueueLogParser.ReadAsync(new StringReader(text)))
        {
            read.Add(item);
        }

        Assert.Equal(3, read.Count);
        Assert.Equal("ENTERQUEUE", read[0].Entry!.Event);
        Assert.Equal(3, read[1].Problem!.Line);
        Assert.Equal((4, "ABANDON"), (read[2].Entry!.Line, read[2].Entry!.Event));
    }
}
