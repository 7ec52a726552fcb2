using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Contracts.Floor;

/// <summary>One queue as the floor shows it: who waits, who is connected, staffing and figures; <see cref="Name"/> is the configured display name (the id is what the API keys on).</summary>
[GenerateSerializer, Immutable]
public sealed record QueueSnapshot(
    string QueueId,
    int WaitingCount,
    double LongestWaitSeconds,
    CallRow[] Waiting,
    CallRow[] Connected,
    Staffing Staffing,
    QueueStats Today,
    QueueStats CurrentInterval,
    double ServiceLevelSeconds,
    double ServiceLevelTarget,
    AlertSnapshot[] Alerts,
    DateTimeOffset AsOf,
    string? Name = null);
