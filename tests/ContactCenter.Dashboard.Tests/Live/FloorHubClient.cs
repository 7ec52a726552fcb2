using System.Collections.Concurrent;
using ContactCenter.Contracts.Live;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Dashboard.Tests.Live;

/// <summary>
/// A hub client that follows the documented contract: subscribe for a snapshot, hold deltas that
/// arrive before it, drop those it already includes, demand consecutive numbers, and resync on a
/// gap or when the server says so. Tests read what it received.
/// </summary>
public sealed class FloorHubClient : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly string scope;
    private readonly object gate = new();
    private readonly List<DeltaMessage> early = [];
    private long sequence = -1;

    private FloorHubClient(Uri server, string scope)
    {
        this.scope = scope;
        connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, LiveHosting.HubPath))
            .Build();
        connection.On<DeltaMessage>("delta", OnDelta);
        connection.On("resync", () => _ = ResyncAsync());
    }

    public ConcurrentQueue<LiveChange> Changes { get; } = new();

    public ConcurrentQueue<DeltaMessage> Deltas { get; } = new();

    public ScopeSnapshotMessage? Snapshot { get; private set; }

    public int Gaps { get; private set; }

    /// <summary>When true the next delta is dropped, as a lost message would be.</summary>
    public bool DropNext { get; set; }

    public HubConnectionState State => connection.State;

    public static async Task<FloorHubClient> ConnectAsync(Uri server, string scope)
    {
        var client = new FloorHubClient(server, scope);
        await client.connection.StartAsync();
        await client.SubscribeAsync();
        return client;
    }

    public async Task SubscribeAsync() => Take(await connection.InvokeAsync<ScopeSnapshotMessage>("Subscribe", scope));

    public async Task ResyncAsync() => Take(await connection.InvokeAsync<ScopeSnapshotMessage>("Resync", scope));

    /// <summary>Drops the connection and opens a new one: a new connection id with no group memberships.</summary>
    public async Task ReconnectAsync()
    {
        await connection.StopAsync();
        lock (gate)
        {
            sequence = -1;
        }

        await connection.StartAsync();
        await SubscribeAsync();
    }

    public Task<T> InvokeAsync<T>(string method, params object[] args) => connection.InvokeCoreAsync<T>(method, args);

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private void Take(ScopeSnapshotMessage snapshot)
    {
        lock (gate)
        {
            Snapshot = snapshot;
            sequence = snapshot.Sequence;
            foreach (var delta in early.Where(d => d.Sequence > sequence).OrderBy(d => d.Sequence))
            {
                Accept(delta);
            }

            early.Clear();
        }
    }

    private void OnDelta(DeltaMessage delta)
    {
        var resync = false;
        lock (gate)
        {
            if (DropNext)
            {
                DropNext = false;
                return;
            }

            if (sequence < 0)
            {
                early.Add(delta);
            }
            else if (delta.Sequence <= sequence)
            {
                // Already in the snapshot.
            }
            else if (delta.Sequence == sequence + 1)
            {
                Accept(delta);
            }
            else
            {
                Gaps++;
                resync = true;
            }
        }

        if (resync)
        {
            _ = ResyncAsync();
        }
    }

    private void Accept(DeltaMessage delta)
    {
        sequence = delta.Sequence;
        Deltas.Enqueue(delta);
        foreach (var change in delta.Changes)
        {
            Changes.Enqueue(change);
        }
    }
}
