using ContactCenter.Contracts.Audit;

namespace ContactCenter.Grains.Audit;

/// <summary>The entries of one day's audit trail, in the order they were appended.</summary>
[GenerateSerializer]
public sealed class AuditTrailState
{
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];
}
