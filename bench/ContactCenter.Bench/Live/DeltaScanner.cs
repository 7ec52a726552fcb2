using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ContactCenter.Dashboard.Live;

namespace ContactCenter.Bench.Live;

/// <summary>
/// A hub client for the fan-out runs that speaks SignalR's JSON protocol over a WebSocket itself
/// and scans each delta's bytes for probe ids, building no JSON documents. A thousand
/// <see cref="FloorWatcher"/>s in this process spent more of the two cores binding and reading
/// 120 MB/s of JSON than the server spent on the floor and its fan-out together (a perf profile
/// of the fan-out run: SignalR's client-side binding 35 %, the documents' reading 19 %); a wall
/// TV parses on its own machine. What is timed stays the same: the moment a delta carrying the
/// probe arrives.
/// </summary>
public sealed class DeltaScanner : IFloorClient
{
    private const byte Separator = 0x1e;
    private static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(15);
    private static readonly string[] KindNames = ["call", "agent", "alert", "headline", "figures", "other"];
    private static readonly byte[][] KindMarks = [.. KindNames.Select(k => Encoding.UTF8.GetBytes($"{{\"kind\":\"{k}\""))];

    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly TaskCompletionSource subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<string, int, long> onProbe;
    private readonly int id;
    private readonly long[] kinds = new long[KindNames.Length];
    private readonly long[] kindBytes = new long[KindNames.Length];
    // Not from ArrayPool.Shared: a floor's first delta grows this to megabytes, and a thousand such
    // buffers returned to the shared pool stayed there (about 900 MB), skewing every later heap reading.
    private byte[] buffer = new byte[64 * 1024];
    private Task reading = Task.CompletedTask;
    private Task pinging = Task.CompletedTask;
    private long deltas;
    private long changes;
    private long bytes;

    private DeltaScanner(int id, string scope, Action<string, int, long> onProbe)
    {
        this.id = id;
        this.onProbe = onProbe;
        Scope = scope;
    }

    public string Scope { get; }

    public long Deltas => Interlocked.Read(ref deltas);

    public long Changes => Interlocked.Read(ref changes);

    public long Bytes => Interlocked.Read(ref bytes);

    public IEnumerable<KeyValuePair<string, long>> Kinds => KindNames.Zip(kinds, KeyValuePair.Create).Where(k => k.Value > 0);

    public IEnumerable<KeyValuePair<string, long>> KindBytes => KindNames.Zip(kindBytes, KeyValuePair.Create).Where(k => k.Value > 0);

    /// <param name="onProbe">Each probe id a delta carries, with this client's id and the arrival's <see cref="Stopwatch"/> timestamp.</param>
    public static async Task<DeltaScanner> ConnectAsync(Uri server, string token, int id, string scope, Action<string, int, long> onProbe)
    {
        var client = new DeltaScanner(id, scope, onProbe);
        var hub = new UriBuilder(new Uri(server, LiveHosting.HubPath)) { Scheme = server.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;
        client.socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        await client.socket.ConnectAsync(hub, CancellationToken.None);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}\u001e");
        client.reading = Task.Run(client.ReadAsync);
        await client.SendAsync($"{{\"type\":1,\"invocationId\":\"0\",\"target\":\"Subscribe\",\"arguments\":[{JsonSerializer.Serialize(scope)}]}}\u001e");
        await client.subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        client.pinging = Task.Run(client.PingAsync);
        return client;
    }

    public static Task<DeltaScanner[]> ConnectAllAsync(Uri server, string token, IReadOnlyList<string> scopes, Func<int, Action<string, int, long>> onProbeOf) =>
        IFloorClient.ConnectAllAsync(scopes.Count, i => ConnectAsync(server, token, i, scopes[i], onProbeOf(i)));

    private async Task SendAsync(string message)
    {
        await sending.WaitAsync(stop.Token);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, stop.Token);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>The server drops a client it has heard nothing from for 30 s.</summary>
    private async Task PingAsync()
    {
        using var timer = new PeriodicTimer(PingEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                await SendAsync("{\"type\":6}\u001e");
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    /// <summary>Messages end with 0x1e; a WebSocket frame may hold several or part of one.</summary>
    private async Task ReadAsync()
    {
        var filled = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var received = await socket.ReceiveAsync(buffer.AsMemory(filled), stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    subscribed.TrySetException(new InvalidOperationException($"the hub closed the connection on {Scope}"));
                    return;
                }

                var at = Stopwatch.GetTimestamp();
                var scanFrom = filled;
                filled += received.Count;
                var start = 0;
                int end;
                while ((end = buffer.AsSpan(scanFrom, filled - scanFrom).IndexOf(Separator)) >= 0)
                {
                    end += scanFrom;
                    Handle(buffer.AsSpan(start, end - start), at);
                    start = scanFrom = end + 1;
                }

                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            subscribed.TrySetException(e);
        }
    }

    /// <summary>
    /// SignalR's JSON protocol writes an invocation's properties in a fixed order (type, then the
    /// target, then the arguments), and the server's options write a change's kind first.
    /// </summary>
    private void Handle(ReadOnlySpan<byte> message, long at)
    {
        if (message.StartsWith("{\"type\":1,\"target\":\"delta\""u8))
        {
            Interlocked.Increment(ref deltas);
            Interlocked.Add(ref bytes, message.Length);
            Tally(message);
            Probes(message, at);
        }
        else if (message.StartsWith("{\"type\":3,\"invocationId\":\"0\""u8))
        {
            if (message.IndexOf(",\"error\":"u8) is var error and >= 0 && message[..error].IndexOf(",\"result\":"u8) < 0)
            {
                subscribed.TrySetException(new InvalidOperationException($"Subscribe({Scope}) failed: {Encoding.UTF8.GetString(message)}"));
            }
            else
            {
                subscribed.TrySetResult();
            }
        }
        else if (message.StartsWith("{\"type\":7"u8) || message.StartsWith("{\"error\":"u8))
        {
            subscribed.TrySetException(new InvalidOperationException($"the hub refused {Scope}: {Encoding.UTF8.GetString(message)}"));
        }
    }

    /// <summary>Changes by kind, each change's bytes running to the next one's start.</summary>
    private void Tally(ReadOnlySpan<byte> message)
    {
        var previousKind = -1;
        var previousAt = 0;
        var at = 0;
        int next;
        while ((next = message[at..].IndexOf("{\"kind\":\""u8)) >= 0)
        {
            at += next;
            if (previousKind >= 0)
            {
                kindBytes[previousKind] += at - previousAt;
            }

            previousKind = KindAt(message[at..]);
            previousAt = at;
            kinds[previousKind]++;
            Interlocked.Increment(ref changes);
            at += 9;
        }

        if (previousKind >= 0)
        {
            kindBytes[previousKind] += message.Length - previousAt;
        }
    }

    private static int KindAt(ReadOnlySpan<byte> change)
    {
        for (var i = 0; i < KindMarks.Length - 1; i++)
        {
            if (change.StartsWith(KindMarks[i]))
            {
                return i;
            }
        }

        return KindMarks.Length - 1;
    }

    /// <summary>Every call or agent row whose item id starts "probe-" (<see cref="LiveProbes"/>).</summary>
    private void Probes(ReadOnlySpan<byte> message, long at)
    {
        var from = 0;
        int next;
        while ((next = message[from..].IndexOf("\"itemId\":\"probe-"u8)) >= 0)
        {
            var idStart = from + next + 10;
            var length = message[idStart..].IndexOf((byte)'"');
            if (length < 0)
            {
                return;
            }

            onProbe(Encoding.UTF8.GetString(message.Slice(idStart, length)), id, at);
            from = idStart + length;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closing.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }

        await Task.WhenAll(reading, pinging);
        socket.Dispose();
        sending.Dispose();
        stop.Dispose();
    }
}
