using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Contracts.Floor;

/// <summary>The whole floor, merged at the edge from per-queue and per-team aggregates.</summary>
public sealed record FloorSnapshot(
    DateTimeOffset AsOf,
    QueueStats Today,
    Staffing Staffing,
    QueueSnapshot[] Queues,
    TeamSnapshot[] Teams,
    AlertSnapshot[] OpenAlerts);
