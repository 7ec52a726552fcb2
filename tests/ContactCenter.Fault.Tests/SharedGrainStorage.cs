using System.Collections.Concurrent;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// What Redis is to a real cluster: grain state outside every silo, so a killed silo loses only
/// what it had not written. States are stored as serialised bytes, never as shared objects.
/// </summary>
public sealed class SharedGrainStorage(ConcurrentDictionary<string, byte[]> store, IGrainStorageSerializer serializer, IActivatorProvider activators) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var found = store.TryGetValue(Key(stateName, grainId), out var bytes);
        grainState.State = found ? serializer.Deserialize<T>(new BinaryData(bytes!)) : activators.GetActivator<T>().Create();
        grainState.RecordExists = found;
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        store[Key(stateName, grainId)] = serializer.Serialize(grainState.State).ToArray();
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        store.TryRemove(Key(stateName, grainId), out _);
        grainState.State = activators.GetActivator<T>().Create();
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static string Key(string stateName, GrainId grainId) => $"{stateName}/{grainId}";
}
