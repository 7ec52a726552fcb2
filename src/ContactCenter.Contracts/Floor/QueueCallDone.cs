namespace ContactCenter.Contracts.Floor;

/// <summary>
/// A call archived for good: it will never send its queue another numbered update, so the queue
/// may forget the last one it admitted from it instead of keeping it for the ledger's hour.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueCallDone(string CallId);
