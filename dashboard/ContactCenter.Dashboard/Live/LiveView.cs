using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// The floor as screens show it, immutable: each push replaces the view. Rows carry timestamps,
/// so screens tick clocks themselves between pushes.
/// </summary>
public sealed record LiveView(
    long Sequence,
    DateTimeOffset AsOf,
    IReadOnlyList<QueueHeadline> Queues,
    IReadOnlyList<CallRow> Calls,
    IReadOnlyList<AgentRow> Agents,
    IReadOnlyList<AlertSnapshot> Alerts)
{
    public static readonly LiveView Empty = new(0, DateTimeOffset.MinValue, [], [], [], []);
}
