using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>
/// One TCP connection to the Asterisk Manager Interface. A single read loop owns the socket's
/// input: responses go to the <see cref="SendAsync"/> that waits for their ActionID, events go to
/// <see cref="Events"/> in the order they came. Sends are serialised so two actions never
/// interleave their lines. When the connection ends, <see cref="Events"/> completes (with the
/// error, if it failed) and every response still awaited fails.
/// </summary>
public sealed class AmiConnection : IAsyncDisposable
{
    /// <summary>Events waiting for the reader; when full the read loop waits, so TCP pushes back on Asterisk instead of memory growing.</summary>
    private const int EventBacklog = 10_000;

    private readonly TcpClient client;
    private readonly NetworkStream stream;
    private readonly AmiFrameReader reader;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<AmiMessage>> awaited = new(StringComparer.Ordinal);
    private readonly Channel<AmiMessage> events = Channel.CreateBounded<AmiMessage>(new BoundedChannelOptions(EventBacklog) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource closing = new();
    private readonly Task readLoop;
    private long nextActionId;
    private int disposed;

    private AmiConnection(TcpClient client, AmiFrameReader reader, string version)
    {
        this.client = client;
        stream = client.GetStream();
        this.reader = reader;
        Version = version;
        readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>The protocol version from the banner (<c>5.0.1</c> of <c>Asterisk Call Manager/5.0.1</c>).</summary>
    public string Version { get; }

    /// <summary>Every event in arrival order; completes when the connection ends (faulted with the reason when it failed).</summary>
    public ChannelReader<AmiMessage> Events => events.Reader;

    /// <summary>Opens the connection and reads the banner; a peer whose first line is no AMI banner is refused.</summary>
    public static async Task<AmiConnection> ConnectAsync(string host, int port, CancellationToken cancellationToken, int maxFrameBytes = AmiFrameReader.DefaultMaxFrameBytes)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            var reader = new AmiFrameReader(client.GetStream(), maxFrameBytes);
            var banner = await reader.ReadBannerAsync(cancellationToken).ConfigureAwait(false);
            return new AmiConnection(client, reader, VersionOf(banner));
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends an action and returns its response. An ActionID among the fields is kept (a caller may
    /// want its own, such as a command id); otherwise one is added.
    /// </summary>
    public async Task<AmiMessage> SendAsync(IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        var action = new AmiMessage(fields);
        var actionId = action.ActionId;
        if (actionId is null)
        {
            actionId = "cc-" + Interlocked.Increment(ref nextActionId).ToString(CultureInfo.InvariantCulture);
            action = new AmiMessage([.. fields, KeyValuePair.Create("ActionID", actionId)]);
        }

        var response = new TaskCompletionSource<AmiMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!awaited.TryAdd(actionId, response))
        {
            throw new InvalidOperationException($"An action with ActionID '{actionId}' is already waiting for its response.");
        }

        try
        {
            var bytes = Encoding.UTF8.GetBytes(action.Format());
            await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                writeLock.Release();
            }

            // The read loop may have ended while this was being sent: its sweep of awaited responses may have missed this one.
            if (readLoop.IsCompleted)
            {
                response.TrySetException(Closed());
            }

            return await response.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            awaited.TryRemove(actionId, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await closing.CancelAsync().ConfigureAwait(false);
        client.Dispose();
        try
        {
            await readLoop.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The loop's end is reported through Events; disposing only waits for it.
        }

        // The write lock is not disposed: a send racing this dispose must fail on the closed socket, not on the lock.
        closing.Dispose();
    }

    private static string VersionOf(string banner)
    {
        const string Marker = "Call Manager/";
        var at = banner.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            var shown = banner.Length > 80 ? banner[..80] + "..." : banner;
            throw new AmiProtocolException($"The peer is not an Asterisk Manager Interface: its first line was '{shown}', not 'Asterisk Call Manager/<version>'.");
        }

        return banner[(at + Marker.Length)..].Trim();
    }

    private async Task ReadLoopAsync()
    {
        Exception? failure = null;
        try
        {
            while (await reader.ReadAsync(closing.Token).ConfigureAwait(false) is { } message)
            {
                if (message.IsResponse)
                {
                    if (message.ActionId is { } id && awaited.TryGetValue(id, out var waiting))
                    {
                        waiting.TrySetResult(message);
                    }

                    continue; // A response nobody waits for (its sender gave up) has no one to tell.
                }

                await events.Writer.WriteAsync(message, closing.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (closing.IsCancellationRequested)
        {
            _ = e; // Closed by this side: not a failure.
        }
        catch (Exception e)
        {
            failure = e is IOException or SocketException or AmiProtocolException ? e : new IOException("The AMI connection failed.", e);
        }

        events.Writer.TryComplete(failure);
        foreach (var waiting in awaited.Values)
        {
            waiting.TrySetException(failure ?? Closed());
        }
    }

    private static IOException Closed() => new("The AMI connection closed before the response came.");
}
