namespace ContactCenter.Ingestion;

/// <summary>Why a whole batch was refused: the HTTP status to answer with (400 or 413) and a sentence for the caller.</summary>
public sealed record BatchError(int Status, string Reason);
