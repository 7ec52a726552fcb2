using System.Collections.Concurrent;
using ContactCenter.Contracts.Live;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Testing;

/// <summary>
/// A hub client that follows the documented contract: subscribe for a snapshot, hold deltas that
/// arrive before it, drop those it already includes, demand consecutive numbers (a merged delta
/// starts at or before the next one), and resync on a
/// gap or when the server says so; after an automatic reconnect (a front end gone, another one
/// behind the same address) it subscribes again, as a screen must. Tests read what it received.
/// </summary>
public sealed class FloorHubClient : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly string scope;
    private readonly object gate = new();
    private readonly List<DeltaMessage> early = [];
    private readonly List<LiveChange> sinceSnapshot = [];
    private long sequence = -1;

    private FloorHubClient(Uri server, string scope, bool reconnect, System.Net.CookieContainer? cookies)
    {
        this.scope = scope;
        var builder = new HubConnectionBuilder().WithUrl(new Uri(server, LiveHosting.HubPath), options => options.Cookies = cookies ?? options.Cookies);
        connection = (reconnect ? builder.WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]) : builder).Build();
        connection.On<DeltaMessage>("delta", OnDelta);
        connection.On("resync", () => _ = ResyncAsync());
        connection.Reconnecting += _ =>
        {
            lock (gate)
            {
                sequence = -1;
            }

            return Task.CompletedTask;
        };
        connection.Reconnected += async _ =>
        {
            Reconnections++;
            await SubscribeAsync();
        };
    }

    /// <summary>Times the connection came back by itself.</summary>
    public int Reconnections { get; private set; }

    public ConcurrentQueue<LiveChange> Changes { get; } = new();

    public ConcurrentQueue<DeltaMessage> Deltas { get; } = new();

    public ScopeSnapshotMessage? Snapshot { get; private set; }

    public int Gaps { get; private set; }

    /// <summary>When true the next delta is dropped, as a lost message would be.</summary>
    public bool DropNext { get; set; }

    public HubConnectionState State => connection.State;

    /// <param name="reconnect">Reconnect by itself when the connection drops, and subscribe again.</param>
    /// <param name="cookies">Cookies to start with (a load balancer's stickiness cookie, say).</param>
    public static async Task<FloorHubClient> ConnectAsync(Uri server, string scope, bool reconnect = false, System.Net.CookieContainer? cookies = null)
    {
        var client = new FloorHubClient(server, scope, reconnect, cookies);
        await client.connection.StartAsync();
        await client.SubscribeAsync();
        return client;
    }

    public async Task SubscribeAsync() => Take(await connection.InvokeAsync<ScopeSnapshotMessage>("Subscribe", scope));

    public async Task ResyncAsync() => Take(await connection.InvokeAsync<ScopeSnapshotMessage>("Resync", scope));

    /// <summary>Drops the connection and opens a new one: a new connection id that follows no scope.</summary>
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

    /// <summary>The floor as this client holds it now: the last snapshot with every delta since.</summary>
    public FloorCopy Current()
    {
        lock (gate)
        {
            return FloorCopy.Of(Snapshot?.View ?? LiveView.Empty, sinceSnapshot);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private void Take(ScopeSnapshotMessage snapshot)
    {
        lock (gate)
        {
            Snapshot = snapshot;
            sequence = snapshot.Sequence;
            sinceSnapshot.Clear();
            foreach (var delta in early.Where(d => d.Sequence > sequence).OrderBy(d => d.Sequence))
            {
                if (delta.First > sequence + 1)
                {
                    break;
                }

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
            else if (delta.First <= sequence + 1)
            {
                // The next delta, or several merged for a connection that fell behind: rows are whole, so applying again what the snapshot holds is harmless.
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
        sinceSnapshot.AddRange(delta.Changes);
        foreach (var change in delta.Changes)
        {
            Changes.Enqueue(change);
        }
    }
}
