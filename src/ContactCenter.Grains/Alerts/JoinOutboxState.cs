using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Grains.Alerts;

/// <summary>What the join outbox persists: joins waiting for a connector, and recently executed ones (so a repeated request does not bring one back).</summary>
[GenerateSerializer]
public sealed class JoinOutboxState
{
    [Id(0)] public List<JoinCommand> Pending { get; set; } = [];
    [Id(1)] public Dictionary<string, DateTimeOffset> Done { get; set; } = new(StringComparer.Ordinal);
}
