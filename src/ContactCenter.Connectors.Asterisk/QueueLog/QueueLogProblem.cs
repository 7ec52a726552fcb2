namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>A line that could not be read or used: its number, the field at fault and why, in words for the operator.</summary>
public sealed record QueueLogProblem(int Line, string Field, string Reason);
