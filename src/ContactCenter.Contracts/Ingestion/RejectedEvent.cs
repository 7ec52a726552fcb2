namespace ContactCenter.Contracts.Ingestion;

/// <summary>One refused event: its place in the batch, its id if it had one, the field at fault and why.</summary>
public sealed record RejectedEvent(int Index, string? EventId, string Field, string Reason, string? Detail = null);
