namespace ContactCenter.History.Records;

/// <summary>An alert's latest state with its whole lifecycle (joins, notes) as JSON.</summary>
public sealed class StoredAlert
{
    public required string AlertId { get; set; }
    public required string Rule { get; set; }
    public required string Severity { get; set; }
    public required string Status { get; set; }
    public required string SubjectId { get; set; }
    public string? QueueId { get; set; }
    public string? TeamId { get; set; }
    public DateTime RaisedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string Snapshot { get; set; }
}
