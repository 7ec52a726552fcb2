using System.Diagnostics;
using System.Text.Json;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Bench.Live;

/// <summary>
/// A hub client as a third-party wall-board would be: the .NET SignalR client over loopback,
/// signed in with a bearer token, subscribed to one scope. It stamps each delta on arrival and
/// hands every change in it on, as JSON, with that stamp.
/// </summary>
public sealed class FloorWatcher : IFloorClient
{
    private readonly HubConnection connection;
    private readonly int id;
    private long deltas;
    private long changes;
    private long bytes;

    private FloorWatcher(Uri server, string token, int id, Action<JsonElement, int, long> onChange)
    {
        this.id = id;
        connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, LiveHosting.HubPath), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                // Straight to the WebSocket: the negotiate request would keep a second socket open per client, and thousands of clients share one open-file limit.
                o.SkipNegotiation = true;
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            })
            .Build();
        // Read as a JSON document, not typed rows: a thousand clients share the server's two cores, and what is timed is the server's delivery.
        connection.On<JsonElement>("delta", delta =>
        {
            var at = Stopwatch.GetTimestamp();
            var received = delta.GetProperty("changes");
            Interlocked.Increment(ref deltas);
            Interlocked.Add(ref changes, received.GetArrayLength());
            Interlocked.Add(ref bytes, System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(delta).Length);
            foreach (var change in received.EnumerateArray())
            {
                // One connection's handler runs one delta at a time: its own tally needs no lock, and
                // matching the kind in place allocates nothing on the client's path being timed.
                var kind = KindIndex(change.GetProperty("kind"));
                kinds[kind]++;
                kindBytes[kind] += System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(change).Length;
                onChange(change, this.id, at);
            }
        });
    }

    private static readonly string[] KindNames = ["call", "agent", "alert", "headline", "figures", "other"];
    private readonly long[] kinds = new long[KindNames.Length];
    private readonly long[] kindBytes = new long[KindNames.Length];

    /// <summary>Changes received, by kind: what the bytes are made of. Read once the run is over.</summary>
    public IEnumerable<KeyValuePair<string, long>> Kinds => KindNames.Zip(kinds, KeyValuePair.Create).Where(k => k.Value > 0);

    /// <summary>UTF-8 bytes of the changes received, by kind.</summary>
    public IEnumerable<KeyValuePair<string, long>> KindBytes => KindNames.Zip(kindBytes, KeyValuePair.Create).Where(k => k.Value > 0);

    /// <summary>The scope this client follows.</summary>
    public string Scope { get; private set; } = string.Empty;

    private static int KindIndex(JsonElement kind)
    {
        for (var i = 0; i < KindNames.Length - 1; i++)
        {
            if (kind.ValueKind == JsonValueKind.String && kind.ValueEquals(KindNames[i]))
            {
                return i;
            }
        }

        return KindNames.Length - 1;
    }

    public long Deltas => Interlocked.Read(ref deltas);

    public long Changes => Interlocked.Read(ref changes);

    /// <summary>UTF-8 bytes of the deltas' JSON, as the server serialised them.</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    /// <param name="onChange">Each change received, with this client's id and the arrival's <see cref="Stopwatch"/> timestamp.</param>
    public static async Task<FloorWatcher> ConnectAsync(Uri server, string token, int id, string scope, Action<JsonElement, int, long> onChange)
    {
        var watcher = new FloorWatcher(server, token, id, onChange) { Scope = scope };
        await watcher.connection.StartAsync();
        await watcher.connection.InvokeAsync<ScopeSnapshotMessage>("Subscribe", scope);
        return watcher;
    }

    /// <summary>A client on each scope; <paramref name="onChangeOf"/> gives client i its handler.</summary>
    public static Task<FloorWatcher[]> ConnectAllAsync(Uri server, string token, IReadOnlyList<string> scopes, Func<int, Action<JsonElement, int, long>> onChangeOf) =>
        IFloorClient.ConnectAllAsync(scopes.Count, i => ConnectAsync(server, token, i, scopes[i], onChangeOf(i)));

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
