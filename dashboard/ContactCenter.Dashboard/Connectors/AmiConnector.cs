using ContactCenter.Connectors.Asterisk.Ami;
using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Dashboard.Connectors;

/// <summary>
/// The AMI session while this process holds its lease, and, behind
/// <see cref="AmiOptions.ExecuteJoins"/>, the supervisor joins waiting in the floor's outbox. A
/// join is claimed in the outbox (exactly one claimant wins) before its Originate is sent: ringing
/// a supervisor twice for one click (two processes, or one dying between sending and marking)
/// would be worse than a join that a supervisor must ask for again, which the log then explains.
/// </summary>
public sealed partial class AmiConnector(
    AmiOptions options,
    QueueLogOptions queueLog,
    IEventSink sink,
    IGrainFactory grains,
    TimeProvider floorClock,
    TimeProvider wallClock,
    ILoggerFactory loggers)
{
    /// <summary>How often the outbox is looked at: a join rings within this of the click.</summary>
    public static readonly TimeSpan JoinPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>A join older than this is not executed: the call it was for has most likely moved on.</summary>
    public static readonly TimeSpan JoinTooOld = TimeSpan.FromMinutes(2);

    private readonly ILogger logger = loggers.CreateLogger<AmiConnector>();

    /// <summary>The session of the current run, for health and tests.</summary>
    public AmiSession? Session { get; private set; }

    public async Task RunAsync(CancellationToken cancellation)
    {
        var session = Session = new AmiSession(options, new QueueLogAgents(queueLog.Agents), sink, wallClock, loggers);
        var feed = session.RunAsync(cancellation);
        var joins = options.ExecuteJoins ? ExecuteJoinsAsync(session, cancellation) : Task.CompletedTask;
        await Task.WhenAll(feed, joins);
    }

    private async Task ExecuteJoinsAsync(AmiSession session, CancellationToken cancellation)
    {
        var executor = new AmiJoinExecutor(session, options, loggers.CreateLogger<AmiJoinExecutor>());
        var outbox = grains.GetGrain<IJoinOutboxGrain>(0);
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                if (session.Status.State == AmiSessionState.LoggedIn)
                {
                    try
                    {
                        foreach (var command in await outbox.Pending())
                        {
                            await ExecuteAsync(executor, outbox, command, cancellation);
                        }
                    }
                    catch (Exception e) when (!cancellation.IsCancellationRequested)
                    {
                        LogOutboxUnavailable(logger, e);
                    }
                }

                await Task.Delay(JoinPoll, wallClock, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
    }

    private async Task ExecuteAsync(AmiJoinExecutor executor, IJoinOutboxGrain outbox, JoinCommand command, CancellationToken cancellation)
    {
        // Claimed before it is rung, and rung only by the claimant: two front ends whose leases
        // overlap (a pause, clocks apart) both read the join as pending, but only one takes it.
        if (!await outbox.Claim(command.CommandId))
        {
            LogClaimedElsewhere(logger, command.CommandId);
            return;
        }

        // The join's time is the floor's, as the outbox's expiry is.
        var age = floorClock.GetUtcNow() - command.At;
        if (age > JoinTooOld)
        {
            LogTooOld(logger, command.CommandId, command.Supervisor, age.TotalSeconds);
            return;
        }

        // The executor logs what became of it (rung, refused, not possible, failed).
        await executor.ExecuteAsync(command, cancellation);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AMI joins: the floor's join outbox did not answer; asking again")]
    private static partial void LogOutboxUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Join {CommandId} was taken by another connector: not executed here")]
    private static partial void LogClaimedElsewhere(ILogger logger, string commandId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Join {CommandId} by {Supervisor} was asked {Seconds:0} s ago, too long for the call to be the same: not executed")]
    private static partial void LogTooOld(ILogger logger, string commandId, string supervisor, double seconds);
}
