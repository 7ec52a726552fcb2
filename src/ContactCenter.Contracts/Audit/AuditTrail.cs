using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Grains;

namespace ContactCenter.Contracts.Audit;

/// <summary>Appends to the audit trail of the entry's day.</summary>
public static class AuditTrail
{
    public static string DayKey(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static ValueTask AppendAsync(IGrainFactory grains, AuditEntry entry) =>
        grains.GetGrain<IAuditTrailGrain>(DayKey(entry.At)).Append(entry);
}
