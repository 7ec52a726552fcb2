using ContactCenter.Grains.Pacing;
using ContactCenter.Grains.Recovery;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// The silo's one timer for its grains' rules, on the floor's clock. Each subject waits here for
/// the moment its next threshold falls due, and is then sent <see cref="IRuleSubject.RulesDue"/>.
/// <para>
/// A grain timer dies with its activation, and Orleans collects an activation idle for its
/// collection age (15 minutes) whatever timers it holds: an agent at lunch, warned only after an
/// hour, was collected and never warned. A wait here outlives the activation, and the request
/// activates the subject again from storage. It is also cheaper: a grain timer and its entry in the
/// clock cost about 400 bytes a subject, a wait here an entry in one queue.
/// </para>
/// </summary>
public sealed partial class RuleSchedule(TimeProvider clock, TimeProvider wallClock, ILogger<RuleSchedule> log, CancellationToken hostStopping)
    : TimerQueue<RuleWait>(clock)
{
    /// <summary>.NET timers reach about 49 days; a farther moment is reached in hops (the wait comes out and goes back in).</summary>
    private static readonly TimeSpan MaxHop = TimeSpan.FromDays(7);
    private const int ResetAttempts = 3;
    private static readonly TimeSpan ResetSlack = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// <paramref name="wait"/>'s subject is due at <paramref name="at"/> (none: nothing is due). A
    /// later moment than the one already queued waits for that entry to come out and goes back
    /// in, so re-arming on every event adds nothing to the queue; an earlier one is queued too, and
    /// the later entry is dropped when it comes out.
    /// </summary>
    public void Arm(RuleWait wait, DateTimeOffset? at)
    {
        lock (Gate)
        {
            wait.ArmedFor = at?.UtcTicks ?? RuleWait.Never;
            if (Disposed || at is null || wait.QueuedFor <= wait.ArmedFor)
            {
                return;
            }

            Enqueue(wait, wait.ArmedFor);
        }
    }

    protected override void SendDue()
    {
        List<RuleWait>? due = null;
        lock (Gate)
        {
            var now = Clock.GetUtcNow().UtcTicks;
            while (Waiting.TryPeek(out var wait, out var at) && at <= now)
            {
                Waiting.Dequeue();
                if (wait.QueuedFor != at)
                {
                    // An earlier moment was queued after this one and has come out already.
                    continue;
                }

                wait.QueuedFor = RuleWait.Never;
                if (wait.ArmedFor == RuleWait.Never)
                {
                    continue;
                }

                if (wait.ArmedFor > now)
                {
                    // Re-armed for later since it was queued.
                    Enqueue(wait, wait.ArmedFor);
                    continue;
                }

                wait.ArmedFor = RuleWait.Never;
                (due ??= []).Add(wait);
            }

            TimerDue = RuleWait.Never;
            if (!Disposed && Waiting.TryPeek(out _, out var next))
            {
                SetTimer(next);
            }
        }

        foreach (var wait in due ?? [])
        {
            _ = SendAsync(wait);
        }
    }

    private void Enqueue(RuleWait wait, long at)
    {
        wait.QueuedFor = at;
        Waiting.Enqueue(wait, at);
        if (at < TimerDue)
        {
            SetTimer(at);
        }
    }

    /// <summary>
    /// The timer counts from when it is set, not from the reading its wait came from. If the clock
    /// moved in between (a pause, or a test's clock advanced by another thread, which once left an
    /// escalation waiting for a moment that never came), it is set again.
    /// </summary>
    private void SetTimer(long at)
    {
        TimerDue = at;
        for (var attempt = 0; attempt < ResetAttempts; attempt++)
        {
            var read = Clock.GetUtcNow();
            var wait = TimeSpan.FromTicks(Math.Clamp(at - read.UtcTicks, 0, MaxHop.Ticks));
            Timer.Change(wait, Timeout.InfiniteTimeSpan);
            if (Clock.GetUtcNow() - read <= ResetSlack)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The request is the subject's turn, whether or not its activation is still there. When it
    /// fails (storage, or a grain it called briefly unreachable), no connector retries it, and the
    /// threshold would wait for the subject's next event: the subject has dropped its activation
    /// (its memory may be ahead of storage) and is woken again from storage after a pause.
    /// </summary>
    private async Task SendAsync(RuleWait wait)
    {
        // A test's or a replay's clock runs this on the thread that moved it, which may be serving a catch-up: the turn is the subject's own.
        RequestContext.Remove(CatchUp.ContextKey);
        try
        {
            await wait.Subject.RulesDue().ConfigureAwait(false);
        }
        catch (Exception e) when (hostStopping.IsCancellationRequested)
        {
            // The silo is leaving: the turn failed because it is, and the wake walk brings the subject back elsewhere.
            LogLeftToWakeWalk(log, e, wait.Id);
        }
        catch (Exception e)
        {
            var id = wait.Id;
            LogTurnFailed(log, e, id);
            await WakeAfterFailedTurn.RunAsync(async () => await wait.Subject.Wake(), id, wallClock, log, hostStopping).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A rule timer's turn failed on {Grain} while the host stops: it is left to the next wake walk")]
    private static partial void LogLeftToWakeWalk(ILogger log, Exception failure, GrainId grain);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A rule timer's turn failed on {Grain}: it is woken again from storage")]
    private static partial void LogTurnFailed(ILogger log, Exception failure, GrainId grain);
}

/// <summary>One subject's place in the <see cref="RuleSchedule"/>; guarded by the schedule's lock.</summary>
public sealed class RuleWait(IRuleSubject subject)
{
    internal const long Never = long.MaxValue;

    internal IRuleSubject Subject { get; } = subject;

    /// <summary>Read only for a log line, so not kept: a subject is a grain reference on a silo.</summary>
    internal GrainId Id => (Subject as GrainReference)?.GrainId ?? default;

    /// <summary>When the subject's next threshold falls due (UTC ticks), or <see cref="Never"/>.</summary>
    internal long ArmedFor { get; set; } = Never;

    /// <summary>The earliest moment this wait is queued for, or <see cref="Never"/>.</summary>
    internal long QueuedFor { get; set; } = Never;
}
