using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ContactCenter.Connectors.Asterisk.Ami;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>
/// A small AMI server on 127.0.0.1: sends a banner, answers Login (accepting <see cref="AcceptedSecret"/>),
/// answers other actions with <see cref="Answer"/>, records every action, pushes event frames to the
/// logged-in client (optionally in chunks of N bytes, flushed one by one) and can drop the connection.
/// </summary>
internal sealed class FakeAmiServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;
    private volatile Client? current;
    private int connections;
    private int logins;

    public FakeAmiServer()
    {
        listener.Start();
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public string Banner { get; set; } = "Asterisk Call Manager/5.0.1";

    public volatile string AcceptedSecret = "secret";

    /// <summary>The answer to actions other than Login, without the ActionID (added from the action).</summary>
    public Func<AmiMessage, string> Answer { get; set; } = _ => "Response: Success\r\nMessage: Originate successfully queued\r\n";

    public ConcurrentQueue<AmiMessage> Actions { get; } = new();

    /// <summary>Actions left unanswered, as a host that died or a firewall that dropped the connection would leave them.</summary>
    public ConcurrentDictionary<string, bool> Unanswered { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int Connections => Volatile.Read(ref connections);

    /// <summary>Logins accepted so far.</summary>
    public int Logins => Volatile.Read(ref logins);

    public static string Frame(params (string Key, string Value)[] fields) =>
        string.Concat(fields.Select(f => $"{f.Key}: {f.Value}\r\n")) + "\r\n";

    /// <summary>Sends raw text to the current client, in chunks of <paramref name="chunk"/> bytes each flushed on its own.</summary>
    public async Task PushAsync(string text, int chunk = int.MaxValue)
    {
        var client = current ?? throw new InvalidOperationException("No client is connected.");
        await client.WriteAsync(Encoding.UTF8.GetBytes(text), chunk);
    }

    public void Drop() => current?.Socket.Dispose();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        current?.Socket.Dispose();
        try
        {
            await acceptLoop;
        }
        catch (Exception)
        {
            // Stopping.
        }

        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient socket;
            try
            {
                socket = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            var client = new Client(socket);
            current?.Socket.Dispose();
            current = client;
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Client client)
    {
        try
        {
            await client.WriteAsync(Encoding.UTF8.GetBytes(Banner + "\r\n"));
            var reader = new AmiFrameReader(client.Socket.GetStream());
            while (await reader.ReadAsync(stopping.Token) is { } action)
            {
                Actions.Enqueue(action);
                if (action["Action"] is { } name && Unanswered.ContainsKey(name))
                {
                    continue;
                }

                var answer = action["Action"] == "Login"
                    ? action["Secret"] == AcceptedSecret ? "Response: Success\r\nMessage: Authentication accepted\r\n" : "Response: Error\r\nMessage: Authentication failed\r\n"
                    : Answer(action);
                await client.WriteAsync(Encoding.UTF8.GetBytes($"{answer}ActionID: {action.ActionId}\r\n\r\n"));
                if (action["Action"] == "Login" && action["Secret"] == AcceptedSecret)
                {
                    Interlocked.Increment(ref logins);
                }
            }
        }
        catch (Exception)
        {
            // The client went away or was dropped.
        }
        finally
        {
            client.Socket.Dispose();
        }
    }

    private sealed class Client(TcpClient socket)
    {
        private readonly SemaphoreSlim writing = new(1, 1);

        public TcpClient Socket { get; } = socket;

        /// <summary>Writes in chunks each flushed on its own, holding the lock throughout so a response never lands inside a pushed frame.</summary>
        public async Task WriteAsync(ReadOnlyMemory<byte> bytes, int chunk = int.MaxValue)
        {
            await writing.WaitAsync();
            try
            {
                var stream = Socket.GetStream();
                for (var at = 0; at < bytes.Length; at += chunk)
                {
                    await stream.WriteAsync(bytes.Slice(at, Math.Min(chunk, bytes.Length - at)));
                    await stream.FlushAsync();
                }
            }
            finally
            {
                writing.Release();
            }
        }
    }
}
