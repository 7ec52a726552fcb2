namespace ContactCenter.Contracts.Ingestion;

/// <summary>The answer to a batch: how many applied, how many were repeats, and each refusal with its reason.</summary>
public sealed record IngestResult(int Accepted, int Duplicates, IReadOnlyList<RejectedEvent> Rejected);
