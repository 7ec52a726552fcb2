using ContactCenter.Contracts.Audit;

namespace ContactCenter.Contracts.Grains;

/// <summary>The append-only audit trail of one site day, keyed "yyyy-MM-dd" (UTC date of the action).</summary>
public interface IAuditTrailGrain : IGrainWithStringKey
{
    ValueTask Append(AuditEntry entry);

    ValueTask<AuditEntry[]> GetEntries();
}
