namespace ContactCenter.Grains.Routing;

/// <summary>Consecutive events of one subject (a call or an agent) in a batch: one grain call.</summary>
public sealed record SubjectRun(bool IsCall, string Key, int[] Indices);
