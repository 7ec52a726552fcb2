namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>
/// One line of Asterisk's queue_log: <c>epoch|callid|queue|agent|EVENT|data1|...|data5</c>, as
/// written; older files carry three data fields. "NONE" stands for no call, queue or agent.
/// </summary>
/// <param name="Line">The line's number in what was read (1 for the first), for reports of bad lines.</param>
/// <param name="Text">The line as read, without its end of line: the event ids derive from it.</param>
public sealed record QueueLogEntry(int Line, string Text, DateTimeOffset At, string CallId, string Queue, string Agent, string Event, string[] Data)
{
    public const string None = "NONE";

    /// <summary>The n-th data field (1 to 5), or null when the line has none there or it is empty.</summary>
    public string? Datum(int n) => n >= 1 && n <= Data.Length && Data[n - 1].Length > 0 ? Data[n - 1] : null;

    public bool HasCall => CallId.Length > 0 && CallId != None;

    public bool HasQueue => Queue.Length > 0 && Queue != None;

    public bool HasAgent => Agent.Length > 0 && Agent != None;
}
