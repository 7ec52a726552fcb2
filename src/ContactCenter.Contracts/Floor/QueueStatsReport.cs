namespace ContactCenter.Contracts.Floor;

/// <summary>A queue's figures summed over a range, with the 15-minute intervals they came from.</summary>
[GenerateSerializer, Immutable]
public sealed record QueueStatsReport(string QueueId, QueueStats Totals, QueueStats[] Intervals);
