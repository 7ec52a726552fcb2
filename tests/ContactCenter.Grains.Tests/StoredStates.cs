using ContactCenter.Grains.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ContactCenter.Grains.Tests;

/// <summary>A grain's state as the silo's storage holds it, read or written behind the grain's back.</summary>
public static class StoredStates
{
    public static IGrainStorage Storage(this FloorClusterFixture floor) =>
        floor.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(FloorStorage.Name);

    /// <summary><paramref name="stateName"/> is also the grain type's name ("queue", "team").</summary>
    public static Task<GrainState<T>> StoredAsync<T>(this FloorClusterFixture floor, string stateName, string key) =>
        floor.StoredAsync<T>(stateName, stateName, key);

    /// <summary>A state of a grain that has more than one: <paramref name="grainType"/> names the grain ("queue" for its "queue-book").</summary>
    public static async Task<GrainState<T>> StoredAsync<T>(this FloorClusterFixture floor, string grainType, string stateName, string key)
    {
        var state = new GrainState<T>();
        await floor.Storage().ReadStateAsync(stateName, GrainId.Create(grainType, key), state);
        return state;
    }

    public static Task StoreAsync<T>(this FloorClusterFixture floor, string stateName, string key, GrainState<T> state) =>
        floor.Storage().WriteStateAsync(stateName, GrainId.Create(stateName, key), state);
}
