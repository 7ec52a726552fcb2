namespace ContactCenter.Bench.Live;

/// <summary>A hub client of the live floor as a run counts it: what it received, and on which scope.</summary>
public interface IFloorClient : IAsyncDisposable
{
    /// <summary>The scope this client follows.</summary>
    string Scope { get; }

    long Deltas { get; }

    long Changes { get; }

    /// <summary>UTF-8 bytes of the deltas' JSON, as the server serialised them.</summary>
    long Bytes { get; }

    /// <summary>Changes received, by kind: what the bytes are made of. Read once the run is over.</summary>
    IEnumerable<KeyValuePair<string, long>> Kinds { get; }

    /// <summary>UTF-8 bytes of the changes received, by kind.</summary>
    IEnumerable<KeyValuePair<string, long>> KindBytes { get; }

    /// <summary>Clients on every scope listed, fifty connecting at a time; <paramref name="connect"/> connects client i.</summary>
    static async Task<T[]> ConnectAllAsync<T>(int count, Func<int, Task<T>> connect)
    {
        var clients = new T[count];
        using var gate = new SemaphoreSlim(50);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                clients[i] = await connect(i);
            }
            finally
            {
                gate.Release();
            }
        }));
        return clients;
    }
}
