namespace ContactCenter.History.Records;

/// <summary>One audited action; append-only.</summary>
public sealed class StoredAuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string TargetKind { get; set; }
    public required string TargetId { get; set; }
    public string? Detail { get; set; }
    public string? Origin { get; set; }
}
