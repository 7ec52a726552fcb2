namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>One refused queue_log line: its number, the field at fault and why.</summary>
public sealed record QueueLogRejection(int Line, string Field, string Reason);
