namespace ContactCenter.Grains.Alerts;

/// <summary>
/// Events that reach a subject long after they happened (a simulated morning, a replayed log) tell
/// a story whose end is usually in the next batches: a hold begun at 09:00 in this batch ends at
/// 09:02 in the next. Judged against the clock in between, it would be a five-hour hold. So a
/// subject that took a catch-up (<see cref="Contracts.Ingestion.IEventSink.CatchUpAsync"/>) raises
/// nothing new until none has come for <see cref="Quiet"/>; clears still apply, and a condition
/// still true then is raised with its real start. The source says what is a catch-up: lateness
/// alone does not, since a live connector may report a state that began minutes ago. Held in the
/// activation only: a restart forgets a catch-up, which costs at most a raise it would have spared.
/// </summary>
public sealed class CatchUp(TimeProvider clock)
{
    /// <summary>How long after its last catch-up batch a subject waits before raising.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);

    /// <summary>The request-context key the event sink sets for a catch-up; it follows the call to the agent.</summary>
    public const string ContextKey = "cc.catch-up";

    private DateTimeOffset raisesFrom = DateTimeOffset.MinValue;

    /// <summary>Whether the grain call being served is part of a catch-up.</summary>
    public static bool InProgress => RequestContext.Get(ContextKey) is true;

    /// <summary>Notes that the subject took a catch-up batch now.</summary>
    public void Took() => raisesFrom = clock.GetUtcNow() + Quiet;

    /// <summary>Notes the batch if the grain call being served is a catch-up.</summary>
    public void TookIfInProgress()
    {
        if (InProgress)
        {
            Took();
        }
    }

    /// <summary>When new alerts may be raised again; null when they may be raised now.</summary>
    public DateTimeOffset? RaisesWaitUntil => clock.GetUtcNow() < raisesFrom ? raisesFrom : null;
}
