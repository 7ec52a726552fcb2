using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Persistence;

namespace ContactCenter.Grains.Audit;

/// <summary>
/// One day's audit trail, append-only. Actions are human-paced (supervisors, agents), so each
/// append is written before it is acknowledged: an audited action is never lost.
/// </summary>
public sealed class AuditTrailGrain(
    [PersistentState("audit", FloorStorage.Name)] IPersistentState<AuditTrailState> state) : Grain, IAuditTrailGrain
{
    public async ValueTask Append(AuditEntry entry)
    {
        state.State.Entries.Add(entry);
        await state.WriteStateAsync();
    }

    public ValueTask<AuditEntry[]> GetEntries() => ValueTask.FromResult(state.State.Entries.ToArray());
}
