using ContactCenter.Contracts.Floor;

namespace ContactCenter.Domain.Calls;

/// <summary>A contribution and the queue whose figures it goes to.</summary>
[GenerateSerializer, Immutable]
public readonly record struct QueuedContribution(string QueueId, QueueContribution Contribution);
