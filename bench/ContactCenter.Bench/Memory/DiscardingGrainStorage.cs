using Orleans.Storage;

namespace ContactCenter.Bench.Memory;

/// <summary>
/// Storage that keeps nothing in this process, so the heap measured is the activations' own: in a
/// cluster the state lives in Redis, out of process. The embedded host's memory storage would add
/// a serialised copy of every grain's state to the same heap.
/// </summary>
public sealed class DiscardingGrainStorage : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        grainState.ETag = "discarded";
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
