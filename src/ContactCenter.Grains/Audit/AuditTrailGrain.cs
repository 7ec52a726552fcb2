using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.History;
using System.Globalization;
using Orleans.Concurrency;

namespace ContactCenter.Grains.Audit;

/// <summary>
/// One day's audit trail, append-only, kept in the history store. Actions are human-paced
/// (supervisors, agents), so each append is stored before it is acknowledged: an audited action
/// is never lost. The grain keeps nothing itself, so any silo may serve it.
/// </summary>
[StatelessWorker]
public sealed class AuditTrailGrain(IFloorHistory history) : Grain, IAuditTrailGrain
{
    public async ValueTask Append(AuditEntry entry) => await history.AppendAuditAsync(entry);

    public async ValueTask<AuditEntry[]> GetEntries() =>
        await history.AuditOfDayAsync(DateOnly.ParseExact(this.GetPrimaryKeyString(), "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
