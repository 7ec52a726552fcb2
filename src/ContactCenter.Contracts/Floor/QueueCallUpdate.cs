namespace ContactCenter.Contracts.Floor;

/// <summary>What a call tells its queue: its live row (null once it has left) and how its counting changed.</summary>
[GenerateSerializer, Immutable]
public sealed record QueueCallUpdate(string CallId, CallRow? Row, QueueContribution[] Retract, QueueContribution[] Add);
