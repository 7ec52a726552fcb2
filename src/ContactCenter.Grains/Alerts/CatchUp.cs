namespace ContactCenter.Grains.Alerts;

/// <summary>
/// Events that reach a subject long after they happened (a simulated morning, a replayed log) tell
/// a story whose end is usually in the next batches: a hold begun at 09:00 in this batch ends at
/// 09:02 in the next. Judged against the clock in between, it would be a five-hour hold. So a
/// subject that took a catch-up (<see cref="Contracts.Ingestion.IEventSink.CatchUpAsync"/>) raises
/// nothing new until the catch-up is over: no catch-up batch has reached this process for
/// <see cref="Quiet"/> (a break that spans many slices of a slow catch-up is not judged halfway).
/// Live input for the subject (an event from a live source, a raised hand) ends its hold at once:
/// it says what is true now. Clears always apply, and a condition still true at the end is raised
/// with its real start. The source says what is a catch-up: lateness alone does not, since a live
/// connector may report a state that began minutes ago. Held in memory only: a restart forgets a
/// catch-up, which costs at most a raise it would have spared.
/// </summary>
public sealed class CatchUp(TimeProvider clock)
{
    /// <summary>How long after the last catch-up batch a subject that took one waits before raising.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);

    /// <summary>The request-context key the event sink sets for a catch-up; it follows the call to the agent.</summary>
    public const string ContextKey = "cc.catch-up";

    /// <summary>When this process last saw a catch-up batch, in ticks of the floor's clock.</summary>
    private static long lastSeenTicks;

    private bool holding;

    /// <summary>Whether the grain call being served is part of a catch-up.</summary>
    public static bool InProgress => RequestContext.Get(ContextKey) is true;

    /// <summary>Notes input for the subject: a catch-up holds its raises back, live input lets them go.</summary>
    public void Took(bool catchingUp)
    {
        if (catchingUp)
        {
            holding = true;
            var now = clock.GetUtcNow().UtcTicks;
            if (now > Interlocked.Read(ref lastSeenTicks))
            {
                Interlocked.Exchange(ref lastSeenTicks, now);
            }
        }
        else
        {
            holding = false;
        }
    }

    /// <summary>When new alerts may be raised again; null when they may be raised now.</summary>
    public DateTimeOffset? RaisesWaitUntil
    {
        get
        {
            if (!holding)
            {
                return null;
            }

            var until = new DateTimeOffset(Interlocked.Read(ref lastSeenTicks), TimeSpan.Zero) + Quiet;
            if (clock.GetUtcNow() < until)
            {
                return until;
            }

            holding = false;
            return null;
        }
    }
}
