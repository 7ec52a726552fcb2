namespace ContactCenter.History.Records;

/// <summary>A finished call: columns to find it by, its masked snapshot as JSON, its grain's state.</summary>
public sealed class StoredCall
{
    public required string CallId { get; set; }
    public string? QueueId { get; set; }
    public string? AgentId { get; set; }
    public required string Direction { get; set; }
    public string? CallerNumber { get; set; }
    public string? Disposition { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime EndedAt { get; set; }
    public required string Snapshot { get; set; }
    public required byte[] GrainState { get; set; }
}
