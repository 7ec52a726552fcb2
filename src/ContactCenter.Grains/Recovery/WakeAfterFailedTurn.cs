using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Recovery;

/// <summary>
/// Wakes a grain whose timer turn failed, after growing pauses on the wall clock, until it answers.
/// A host that is stopping gives up at once: its grains are woken by the surviving silos' wake
/// walk (or by the next start's), and a loop retrying against a stopped silo for minutes would
/// only log failures and keep the stopped host's services in memory until its last attempt.
/// </summary>
public static partial class WakeAfterFailedTurn
{
    public const int Attempts = 20;
    public static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    /// <summary>Ends when <paramref name="wake"/> succeeds, the attempts run out, or <paramref name="hostStopping"/> is cancelled.</summary>
    public static async Task RunAsync(Func<Task> wake, GrainId grain, TimeProvider wallClock, ILogger log, CancellationToken hostStopping)
    {
        var pause = FirstPause;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await Task.Delay(pause, wallClock, hostStopping).ConfigureAwait(false);
                await wake().ConfigureAwait(false);
                return;
            }
            catch (Exception) when (hostStopping.IsCancellationRequested)
            {
                LogLeftToWakeWalk(log, grain);
                return;
            }
            catch (Exception e)
            {
                LogAttemptFailed(log, e, grain, attempt);
            }

            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }

        LogGaveUp(log, grain);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The host is stopping: {Grain}, whose timer turn failed, is left to the next wake walk")]
    private static partial void LogLeftToWakeWalk(ILogger log, GrainId grain);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waking {Grain} after a failed timer turn failed (attempt {Attempt})")]
    private static partial void LogAttemptFailed(ILogger log, Exception failure, GrainId grain, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Grain} could not be woken after a failed timer turn; the floor's next wake walk or its next event brings it back")]
    private static partial void LogGaveUp(ILogger log, GrainId grain);
}
