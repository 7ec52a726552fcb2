using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Dashboard.Api;

/// <summary>The answer to a batch whose body was a JSON array.</summary>
public sealed record IngestResponse(int Accepted, int Duplicates, IReadOnlyList<RejectedEvent> Rejected);
