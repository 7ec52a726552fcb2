namespace ContactCenter.Bench.Memory;

/// <summary>Heap and working set per grain at one scale (N agents and N active calls).</summary>
public sealed record MemoryAtScale(
    int Grains,
    double HeapBytesPerAgentGrain,
    double WorkingSetBytesPerAgentGrain,
    double HeapBytesPerCallGrain,
    double WorkingSetBytesPerCallGrain,
    int Runs);

public sealed record MemoryFigures(IReadOnlyList<MemoryAtScale> Scales);
