namespace ContactCenter.Grains.Floor;

/// <summary>The known queue and team ids.</summary>
[GenerateSerializer]
public sealed class FloorDirectoryState
{
    [Id(0)] public HashSet<string> Queues { get; set; } = [];
    [Id(1)] public HashSet<string> Teams { get; set; } = [];
}
