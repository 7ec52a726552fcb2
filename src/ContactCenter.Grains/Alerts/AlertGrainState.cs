using ContactCenter.Domain.Alerts;

namespace ContactCenter.Grains.Alerts;

/// <summary>An alert grain's record and the operation ids already carried out (a retried command is harmless).</summary>
[GenerateSerializer]
public sealed class AlertGrainState
{
    public const int OperationIdsKept = 32;

    [Id(0)] public AlertRecord Record { get; set; } = new();
    [Id(1)] public List<string> OperationIds { get; set; } = [];
}
