using System.Globalization;
using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.History;
using ContactCenter.Grains.Persistence;

namespace ContactCenter.Grains.Audit;

/// <summary>
/// One day's audit trail, append-only, kept in the history store. Actions are human-paced
/// (supervisors, agents), so each append is stored before it is acknowledged: an audited action
/// is never lost. A day written before the history store existed kept its entries in grain
/// state: they move to the store the first time the day is touched.
/// </summary>
public sealed class AuditTrailGrain(
    [PersistentState("audit", FloorStorage.Name)] IPersistentState<AuditTrailState> state,
    IFloorHistory history) : Grain, IAuditTrailGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Entries.Count > 0)
        {
            await Task.WhenAll(state.State.Entries.Select(history.AppendAuditAsync));
            await state.ClearStateAsync();
        }
    }

    public async ValueTask Append(AuditEntry entry) => await history.AppendAuditAsync(entry);

    public async ValueTask<AuditEntry[]> GetEntries() =>
        await history.AuditOfDayAsync(DateOnly.ParseExact(this.GetPrimaryKeyString(), "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
