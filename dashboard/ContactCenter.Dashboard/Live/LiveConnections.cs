using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// The hub's open connections and the scopes each follows, in place of SignalR groups: a group
/// send awaits every member's write, so one screen on a slow network held back the next tick for
/// every screen in the building. Here each delta is serialised once and offered to each
/// connection's <see cref="ConnectionLane"/>, which never waits for another.
/// </summary>
public sealed class LiveConnections
{
    private readonly ConcurrentDictionary<string, ConnectionLane> lanes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<ConnectionLane, byte>> readers = new(StringComparer.Ordinal);
    private long merged;

    /// <summary>Deltas merged for connections still writing an earlier one: how often screens fall behind.</summary>
    public long Merged => Interlocked.Read(ref merged);

    public int Count => lanes.Count;

    public void Connected(string connectionId, Func<SerializedHubMessage, ValueTask> write) => lanes[connectionId] = new ConnectionLane(write);

    public void Disconnected(string connectionId)
    {
        if (!lanes.TryRemove(connectionId, out var lane))
        {
            return;
        }

        // Only the scopes it followed: every agent scope ever followed stays listed, so all of them would be thousands.
        foreach (var scope in lane.Close())
        {
            StopReading(scope, lane);
        }
    }

    /// <summary>Connections following <paramref name="scope"/>.</summary>
    public int Readers(string scope) => readers.TryGetValue(scope, out var scopeReaders) ? scopeReaders.Count : 0;

    /// <summary>From now on the connection receives the scope's deltas.</summary>
    public void Join(string connectionId, string scope)
    {
        if (!lanes.TryGetValue(connectionId, out var lane))
        {
            throw new HubException("the connection is closing");
        }

        lane.Join(scope);
        readers.GetOrAdd(scope, _ => new ConcurrentDictionary<ConnectionLane, byte>())[lane] = 0;
    }

    public void Leave(string connectionId, string scope)
    {
        if (lanes.TryGetValue(connectionId, out var lane))
        {
            lane.Leave(scope);
            StopReading(scope, lane);
        }
    }

    private void StopReading(string scope, ConnectionLane lane)
    {
        if (readers.TryGetValue(scope, out var scopeReaders))
        {
            scopeReaders.TryRemove(lane, out _);
        }
    }

    /// <summary>Offers the delta to every reader of its scope without waiting for any of them.</summary>
    public void Push(DeltaMessage delta)
    {
        if (!readers.TryGetValue(delta.Scope, out var scopeReaders) || scopeReaders.IsEmpty)
        {
            return;
        }

        // Serialised on first use, once per protocol, however many readers share it.
        var shared = ConnectionLane.Serialise(delta);
        foreach (var (lane, _) in scopeReaders)
        {
            if (!lane.Offer(delta, shared))
            {
                Interlocked.Increment(ref merged);
            }
        }
    }
}
