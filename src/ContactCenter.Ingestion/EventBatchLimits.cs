namespace ContactCenter.Ingestion;

/// <summary>
/// The bounds a batch of the event API must keep. They protect the silo from one client,
/// so they are configuration, not constants: a site with bursty connectors may raise them.
/// </summary>
public sealed record EventBatchLimits
{
    public static EventBatchLimits Default { get; } = new();

    /// <summary>Items the array may hold, good or bad; more is a 413.</summary>
    public int MaxEvents { get; init; } = 10_000;

    /// <summary>Size of the body in bytes; more is a 413.</summary>
    public int MaxBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Length in characters of any string field; more rejects that item as too long.</summary>
    public int MaxStringLength { get; init; } = 256;

    /// <summary>Nesting of arrays and objects, the batch array counting as one; more is a 400.</summary>
    public int MaxDepth { get; init; } = 8;
}
