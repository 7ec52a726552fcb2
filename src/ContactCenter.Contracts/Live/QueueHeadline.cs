using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Live;

/// <summary>A queue's headline figures and staffing as pushed live (today, this interval).</summary>
[GenerateSerializer, Immutable]
public sealed record QueueHeadline(string QueueId, QueueStats Today, QueueStats CurrentInterval, Staffing Staffing, double ServiceLevelSeconds, double ServiceLevelTarget);
