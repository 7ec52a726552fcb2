using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>
/// The long-running AMI feed: connect, read the banner, log in, and hand each event the mapper reads
/// to the mapper and what it makes to the floor, in order and in small batches. Every way a session
/// ends (refused, dropped, a failed login, a peer that is not AMI) is logged once and followed by a
/// pause that starts at <see cref="AmiOptions.ReconnectMinimum"/> and doubles to
/// <see cref="AmiOptions.ReconnectMaximum"/>; a session that stayed up longer than the maximum
/// starts the pauses over. Nothing the peer or the sink does stops the loop; only its token does.
/// <para>
/// The login asks for the <c>call</c> and <c>agent</c> event classes: queue and member events are
/// <c>agent</c>, hangups, holds, music on hold and transfers are <c>call</c>. The manager user needs
/// read access to both (and write <c>originate</c> for joins).
/// </para>
/// </summary>
public sealed partial class AmiSession
{
    /// <summary>Events sent to the sink in one call at most: small batches keep the board live.</summary>
    private const int BatchSize = 100;

    private static readonly TimeSpan SinkRetryPause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan SinkRetryPauseMaximum = TimeSpan.FromSeconds(5);

    private readonly AmiOptions options;
    private readonly IEventSink sink;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private volatile AmiConnection? live;
    private volatile AmiSessionStatus status = AmiSessionStatus.Initial;

    public AmiSession(AmiOptions options, QueueLogAgents agents, IEventSink sink, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        this.options = options;
        this.sink = sink;
        this.timeProvider = timeProvider;
        logger = loggerFactory.CreateLogger<AmiSession>();
        Mapper = new AmiEventMapper(agents, options.QueueLogOwnsCalls, timeProvider, loggerFactory.CreateLogger<AmiEventMapper>());
    }

    /// <summary>The session's mapper: it lives across reconnects, so what it learnt (interfaces, members) stays.</summary>
    public AmiEventMapper Mapper { get; }

    public AmiSessionStatus Status => status;

    /// <summary>Raised on each change of <see cref="Status"/>, from the session's loop; a handler's exception is logged and ignored.</summary>
    public event Action<AmiSessionStatus>? StatusChanged;

    private string Endpoint => $"{options.Host}:{options.Port}";

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled; never fails otherwise.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var pause = options.ReconnectMinimum;
        var attempts = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            attempts++;
            DateTimeOffset? loggedInAt = null;
            string reason;
            AmiConnection? connection = null;
            try
            {
                using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    connecting.CancelAfter(options.ConnectTimeout);
                    try
                    {
                        connection = await AmiConnection.ConnectAsync(options.Host, options.Port, connecting.Token).ConfigureAwait(false);
                        Publish(new AmiSessionStatus(AmiSessionState.Connected, attempts, status.LastError, connection.Version));
                        await LogInAsync(connection, connecting.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        throw new TimeoutException($"no answer within {options.ConnectTimeout.TotalSeconds:0.#} s");
                    }
                }

                loggedInAt = timeProvider.GetUtcNow();
                live = connection;
                Publish(new AmiSessionStatus(AmiSessionState.LoggedIn, attempts, null, connection.Version));
                LogLoggedIn(Endpoint, connection.Version);
                using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var keepAlive = KeepAliveAsync(connection, session.Token);
                var members = AskMembersAsync(connection, session.Token);
                try
                {
                    await ForwardEventsAsync(connection, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await session.CancelAsync().ConfigureAwait(false);
                }

                await members.ConfigureAwait(false);
                reason = await keepAlive.ConfigureAwait(false) ?? "the server closed the connection";
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                reason = Describe(e);
            }
            finally
            {
                live = null;
                if (connection is not null)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                }
            }

            if (loggedInAt is { } since && timeProvider.GetUtcNow() - since > options.ReconnectMaximum)
            {
                pause = options.ReconnectMinimum;
            }

            Publish(new AmiSessionStatus(AmiSessionState.Disconnected, attempts, reason));
            LogSessionEnded(Endpoint, attempts, reason, pause.TotalSeconds);
            try
            {
                await Task.Delay(pause, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.ReconnectMaximum.Ticks));
        }

        Publish(status with { State = AmiSessionState.Disconnected });
    }

    /// <summary>
    /// Sends an action on the live session and returns its response; fails at once when not logged
    /// in, and with a <see cref="TimeoutException"/> when no response comes within
    /// <see cref="AmiOptions.ActionTimeout"/> (a caller must never wait on a response that was lost).
    /// </summary>
    public async Task<AmiMessage> SendActionAsync(IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        var connection = live ?? throw new InvalidOperationException($"The AMI session to {Endpoint} is not logged in ({status.LastError ?? status.State.ToString()}).");
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(options.ActionTimeout);
        try
        {
            return await connection.SendAsync(fields, waiting.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No response from {Endpoint} within {options.ActionTimeout.TotalSeconds:0.#} s.");
        }
    }

    /// <summary>Pings the server while the session lasts; when a Ping goes unanswered, closes the connection and says why.</summary>
    private async Task<string?> KeepAliveAsync(AmiConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.KeepAlive, timeProvider, cancellationToken).ConfigureAwait(false);
                using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                waiting.CancelAfter(options.ActionTimeout);
                try
                {
                    await connection.SendAsync([KeyValuePair.Create("Action", "Ping")], waiting.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    // Closing ends the event stream, so the session reconnects.
                    await connection.DisposeAsync().ConfigureAwait(false);
                    return e is OperationCanceledException ? $"no answer to Ping within {options.ActionTimeout.TotalSeconds:0.#} s" : $"Ping failed: {e.Message}";
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>
    /// Asks for the queues' members once logged in. A session that starts, reconnects or takes over
    /// from another front end otherwise knows no agent's interface until a member event or a ring,
    /// and a supervisor's join needs it. The members come back as QueueMember events, which the
    /// mapper learns from and sends nothing for. Runs beside the event feed, so a server that never
    /// answers delays nothing.
    /// </summary>
    private async Task AskMembersAsync(AmiConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            waiting.CancelAfter(options.ActionTimeout);
            var response = await connection.SendAsync([KeyValuePair.Create("Action", "QueueStatus")], waiting.Token).ConfigureAwait(false);
            if (!string.Equals(response.Name, "Success", StringComparison.OrdinalIgnoreCase))
            {
                LogMembersNotListed(response["Message"] ?? response.Name ?? "no reason given");
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogMembersNotListed(e is OperationCanceledException ? $"no answer within {options.ActionTimeout.TotalSeconds:0.#} s" : e.Message);
        }
        catch (OperationCanceledException)
        {
            // The session ended first.
        }
    }

    private async Task LogInAsync(AmiConnection connection, CancellationToken cancellationToken)
    {
        var response = await connection.SendAsync(
            [
                KeyValuePair.Create("Action", "Login"),
                KeyValuePair.Create("Username", options.Username),
                KeyValuePair.Create("Secret", options.Secret),
                KeyValuePair.Create("Events", "call,agent"),
            ],
            cancellationToken).ConfigureAwait(false);
        if (!string.Equals(response.Name, "Success", StringComparison.OrdinalIgnoreCase))
        {
            throw new AmiLoginRefusedException(response["Message"] ?? response.Name ?? "no reason given");
        }
    }

    /// <summary>Maps events as they come and sends what they make, batching what is already waiting; returns when the connection ends.</summary>
    private async Task ForwardEventsAsync(AmiConnection connection, CancellationToken cancellationToken)
    {
        var batch = new List<FloorEvent>(BatchSize);
        while (await connection.Events.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (batch.Count < BatchSize && connection.Events.TryRead(out var message))
            {
                if (message.Name is { } name && AmiEventMapper.EventNames.Contains(name))
                {
                    batch.AddRange(Mapper.Map(message));
                }
            }

            if (batch.Count > 0)
            {
                await IngestAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }
    }

    /// <summary>
    /// Sends a batch, trying again until the sink takes it; refusals are logged. Asterisk never
    /// sends an event twice, so a dropped batch would be lost for good: while the floor is away,
    /// events wait in the connection's backlog instead.
    /// </summary>
    private async Task IngestAsync(List<FloorEvent> batch, CancellationToken cancellationToken)
    {
        var pause = SinkRetryPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await sink.IngestAsync(batch.ToArray(), cancellationToken).ConfigureAwait(false);
                foreach (var rejected in result.Rejected)
                {
                    var refused = rejected.Index >= 0 && rejected.Index < batch.Count ? batch[rejected.Index] : null;
                    LogRejected(rejected.EventId ?? refused?.EventId, refused?.Type.ToString(), rejected.Field, rejected.Reason);
                }

                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogSinkRetry(attempt, e.Message, pause.TotalSeconds);
                await Task.Delay(pause, timeProvider, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, SinkRetryPauseMaximum.Ticks));
            }
        }
    }

    private void Publish(AmiSessionStatus next)
    {
        status = next;
        try
        {
            StatusChanged?.Invoke(next);
        }
        catch (Exception e)
        {
            LogStatusHandlerFailed(e);
        }
    }

    private static string Describe(Exception e) => e switch
    {
        AmiLoginRefusedException refused => $"login refused: {refused.Message}",
        TimeoutException timeout => timeout.Message,
        _ when e.InnerException is { } inner and (System.Net.Sockets.SocketException or IOException) => $"{e.Message} ({inner.Message})",
        _ => e.Message,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "AMI logged in at {Endpoint} (manager protocol {Version})")]
    private partial void LogLoggedIn(string endpoint, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AMI session to {Endpoint} ended on attempt {Attempt}: {Reason}; trying again in {PauseSeconds} s")]
    private partial void LogSessionEnded(string endpoint, int attempt, string reason, double pauseSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AMI event {EventId} ({FloorEventType}) refused by the floor: {Field}: {Reason}")]
    private partial void LogRejected(string? eventId, string? floorEventType, string field, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending AMI events to the floor failed (attempt {Attempt}): {Reason}; trying again in {PauseSeconds} s")]
    private partial void LogSinkRetry(int attempt, string reason, double pauseSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AMI did not list the queue members ({Reason}): agents' interfaces for joins are learnt from the next member events and rings")]
    private partial void LogMembersNotListed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An AMI session status handler failed")]
    private partial void LogStatusHandlerFailed(Exception exception);

    /// <summary>The server answered the login with an error (<c>Message: Authentication failed</c>).</summary>
    private sealed class AmiLoginRefusedException(string message) : Exception(message);
}
