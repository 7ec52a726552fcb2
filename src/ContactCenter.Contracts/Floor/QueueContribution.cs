namespace ContactCenter.Contracts.Floor;

/// <summary>
/// One thing a call (or its agent's wrap-up) counts for in a queue's figures, in the interval
/// that holds <see cref="At"/>. Calls send what they now count for and retract what they no
/// longer do, so a late event moves a figure instead of counting it twice.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct QueueContribution(QueueContributionKind Kind, DateTimeOffset At, double Seconds);
