namespace ContactCenter.Grains.Connectors;

/// <summary>What a connector's lease persists: the holder, when its lease ends, the term, and the connector's checkpoint.</summary>
[GenerateSerializer]
public sealed class ConnectorLeaseState
{
    [Id(0)] public string? Holder { get; set; }
    [Id(1)] public DateTimeOffset ExpiresAt { get; set; }
    [Id(2)] public long Term { get; set; }
    [Id(3)] public string? Checkpoint { get; set; }
}
