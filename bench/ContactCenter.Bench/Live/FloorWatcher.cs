using System.Diagnostics;
using ContactCenter.Contracts.Live;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Bench.Live;

/// <summary>
/// A hub client as a third-party wall-board would be: the .NET SignalR client over loopback,
/// signed in with a bearer token, subscribed to one scope. It stamps each delta on arrival and
/// hands every change in it on with that stamp.
/// </summary>
public sealed class FloorWatcher : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly int id;
    private long deltas;
    private long changes;

    private FloorWatcher(Uri server, string token, int id, Action<LiveChange, int, long> onChange)
    {
        this.id = id;
        connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, LiveHosting.HubPath), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        connection.On<DeltaMessage>("delta", delta =>
        {
            var at = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref deltas);
            Interlocked.Add(ref changes, delta.Changes.Length);
            foreach (var change in delta.Changes)
            {
                onChange(change, this.id, at);
            }
        });
    }

    public long Deltas => Interlocked.Read(ref deltas);

    public long Changes => Interlocked.Read(ref changes);

    /// <param name="onChange">Each change received, with this client's id and the arrival's <see cref="Stopwatch"/> timestamp.</param>
    public static async Task<FloorWatcher> ConnectAsync(Uri server, string token, int id, string scope, Action<LiveChange, int, long> onChange)
    {
        var watcher = new FloorWatcher(server, token, id, onChange);
        await watcher.connection.StartAsync();
        await watcher.connection.InvokeAsync<ScopeSnapshotMessage>("Subscribe", scope);
        return watcher;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
