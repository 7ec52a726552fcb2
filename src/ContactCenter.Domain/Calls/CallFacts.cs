using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Time;
using ContactCenter.Domain.Timeline;

namespace ContactCenter.Domain.Calls;

/// <summary>
/// A call folded from its events: its state machine and every finished duration, taken from
/// event timestamps only. Running durations are added by the reader against its clock.
/// </summary>
[GenerateSerializer]
public sealed class CallFacts : ITimelineFacts<CallFacts, FloorEvent>
{
    [Id(0)] public CallState? State { get; private set; }
    [Id(1)] public CallDirection Direction { get; private set; }
    [Id(2)] public CustomerTier Tier { get; private set; }
    [Id(3)] public string? CallerNumber { get; private set; }
    [Id(4)] public string? QueueId { get; private set; }
    [Id(5)] public string? AgentId { get; private set; }
    [Id(6)] public DateTimeOffset StateSince { get; private set; }
    [Id(7)] public DateTimeOffset? FirstQueuedAt { get; private set; }
    [Id(8)] public DateTimeOffset? OfferedAt { get; private set; }
    [Id(9)] public DateTimeOffset? AnsweredAt { get; private set; }
    [Id(10)] public DateTimeOffset? EndedAt { get; private set; }
    [Id(11)] public CallEndReason? EndReason { get; private set; }
    [Id(12)] public double RingSeconds { get; private set; }
    [Id(13)] public double TalkSeconds { get; private set; }
    [Id(14)] public double HoldSeconds { get; private set; }
    [Id(15)] public int HoldCount { get; private set; }
    [Id(16)] public int TransferCount { get; private set; }
    [Id(17)] public List<QueueSegment> Segments { get; private set; } = [];
    [Id(18)] public List<DateTimeOffset> HoldStarts { get; private set; } = [];
    [Id(19)] public List<DateTimeOffset> TransferTimes { get; private set; } = [];
    [Id(20)] public string? CalledNumber { get; private set; }
    [Id(21)] public double LongestHoldSeconds { get; private set; }

    public bool Exists => State is not null;

    public bool IsOver => State is CallState.Ended or CallState.Abandoned;

    public bool IsWaiting => State is CallState.Queued or CallState.Ringing;

    public bool IsConnected => State is CallState.Talking or CallState.OnHold;

    public DateTimeOffset? HoldingSince => State == CallState.OnHold ? StateSince : null;

    /// <summary>When the current wait began: entering the current queue.</summary>
    public DateTimeOffset? WaitingSince => IsWaiting && Segments.Count > 0 ? Segments[^1].EnteredAt : null;

    /// <summary>A call's own events keep the order they were sent in when their times are equal.</summary>
    public static int TieRank(FloorEvent entry) => 0;

    public CallFacts Copy()
    {
        var copy = (CallFacts)MemberwiseClone();
        copy.Segments = [.. Segments];
        copy.HoldStarts = [.. HoldStarts];
        copy.TransferTimes = [.. TransferTimes];
        return copy;
    }

    public double TalkAt(DateTimeOffset now) => TalkSeconds + Running(CallState.Talking, now);

    public double HoldAt(DateTimeOffset now) => HoldSeconds + Running(CallState.OnHold, now);

    public double RingAt(DateTimeOffset now) => RingSeconds + Running(CallState.Ringing, now);

    public double CurrentHoldAt(DateTimeOffset now) => Running(CallState.OnHold, now);

    /// <summary>Wait as DOMAIN.md defines it: first queued to answered, to abandoned, or to now while waiting.</summary>
    public double WaitAt(DateTimeOffset now)
    {
        if (FirstQueuedAt is not { } queued || Direction == CallDirection.Outbound)
        {
            return 0;
        }

        var end = AnsweredAt ?? (State == CallState.Abandoned ? EndedAt : null) ?? now;
        return Math.Max(0, (end - queued).TotalSeconds);
    }

    public EventVerdict Apply(FloorEvent e, SiteCalendar calendar)
    {
        if (IsOver && !MovesOn(e))
        {
            return EventVerdict.OutOfOrder($"call '{e.CallId}' already {(State == CallState.Ended ? "ended" : "was abandoned")} at {EndedAt:O}");
        }

        if (State is null && e is { Type: FloorEventType.CallEnded, EndReason: CallEndReason.Blocked })
        {
            return Blocked(e);
        }

        if (State is null && e.Type is not (FloorEventType.CallQueued or FloorEventType.CallDialed))
        {
            if (e.Type is not (FloorEventType.CallOffered or FloorEventType.CallAnswered or FloorEventType.CallAbandoned))
            {
                return EventVerdict.InvalidTransition($"call '{e.CallId}' was never queued, dialled, offered or answered");
            }

            // Sources that never send CallQueued still get a call; a later CallQueued for an earlier time slots in before.
            Enter(CallState.Queued, e.At);
            FirstQueuedAt = e.At;
            Segments.Add(new QueueSegment(e.QueueId, e.At, Outbound: false));
            QueueId = e.QueueId;
        }

        return e.Type switch
        {
            FloorEventType.CallQueued => Queued(e),
            FloorEventType.CallDialed => Dialed(e),
            FloorEventType.CallOffered => Offered(e),
            FloorEventType.CallAnswered => Answered(e),
            FloorEventType.CallHeld => Held(e),
            FloorEventType.CallResumed => Resumed(e),
            FloorEventType.CallTransferred => Transferred(e),
            FloorEventType.CallEnded => Ended(e),
            FloorEventType.CallAbandoned => Abandoned(e),
            _ => EventVerdict.InvalidTransition($"'{e.Type}' is not a call event"),
        };
    }

    /// <summary>Refused entry to its queue: the call begins and ends here, counted as blocked, not offered.</summary>
    private EventVerdict Blocked(FloorEvent e)
    {
        if (e.QueueId is null)
        {
            return EventVerdict.InvalidTransition($"a blocked call names the queue that refused it", "queueId");
        }

        Direction = CallDirection.Inbound;
        Tier = e.Tier;
        CallerNumber = e.CallerNumber;
        QueueId = e.QueueId;
        EndReason = CallEndReason.Blocked;
        Segments.Add(new QueueSegment(e.QueueId, e.At, Outbound: false, Blocked: true));
        EndedAt = e.At;
        Enter(CallState.Ended, e.At);
        return EventVerdict.Accepted;
    }

    private EventVerdict Queued(FloorEvent e)
    {
        if (MovesOn(e))
        {
            return Requeued(e);
        }

        if (State is not null)
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is already {Describe(State)} in '{QueueId}'; a call enters a queue once (transfers and overflows move it on)");
        }

        Direction = CallDirection.Inbound;
        Tier = e.Tier;
        CallerNumber = e.CallerNumber;
        QueueId = e.QueueId;
        FirstQueuedAt = e.At;
        Segments.Add(new QueueSegment(e.QueueId, e.At, Outbound: false));
        Enter(CallState.Queued, e.At);
        return EventVerdict.Accepted;
    }

    /// <summary>
    /// A queue failover: the PBX sends a caller its queue let go on to another queue, as the same
    /// call. Known from the overflow (the call ended there) or, when the overflow is late or never
    /// told, from the entry itself (the caller still waits in the queue before), so either
    /// arrival order counts the same. An entry to the queue it waits in or was let go by could be
    /// a source repeating itself, so it moves nothing.
    /// </summary>
    private bool MovesOn(FloorEvent e) =>
        e is { Type: FloorEventType.CallQueued, QueueId: { } next } && Direction == CallDirection.Inbound && QueueId is { } current && next != current
        && (IsWaiting || (State == CallState.Ended && EndReason == CallEndReason.Overflowed));

    /// <summary>The stay before ends overflowed (unless its overflow was told) and a new stay, a new offer, begins; the call is no longer over.</summary>
    private EventVerdict Requeued(FloorEvent e)
    {
        if (IsWaiting)
        {
            Segments[^1] = Segments[^1] with { OverflowedAt = e.At };
        }

        EndReason = null;
        EndedAt = null;
        QueueId = e.QueueId;
        AgentId = null;
        CallerNumber = e.CallerNumber ?? CallerNumber;
        Segments.Add(new QueueSegment(e.QueueId, e.At, Outbound: false));
        Enter(CallState.Queued, e.At);
        return EventVerdict.Accepted;
    }

    private EventVerdict Dialed(FloorEvent e)
    {
        if (State is not null)
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is already {Describe(State)}; a call is dialled once");
        }

        Direction = CallDirection.Outbound;
        QueueId = e.QueueId;
        AgentId = e.AgentId;
        CalledNumber = e.CalledNumber;
        CallerNumber = e.CalledNumber;
        Segments.Add(new QueueSegment(e.QueueId, e.At, Outbound: true));
        Enter(CallState.Dialing, e.At);
        return EventVerdict.Accepted;
    }

    private EventVerdict Offered(FloorEvent e)
    {
        if (State is not (CallState.Queued or CallState.Ringing))
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is {Describe(State)}; only a waiting call can be offered");
        }

        AgentId = e.AgentId;
        OfferedAt ??= e.At;
        Enter(CallState.Ringing, e.At);
        return EventVerdict.Accepted;
    }

    private EventVerdict Answered(FloorEvent e)
    {
        if (State is not (CallState.Queued or CallState.Ringing or CallState.Dialing))
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is {Describe(State)}; only a waiting or dialling call can be answered");
        }

        AgentId = e.AgentId;
        AnsweredAt ??= e.At;
        if (Segments[^1].AnsweredAt is null)
        {
            Segments[^1] = Segments[^1] with { AnsweredAt = e.At };
        }

        Enter(CallState.Talking, e.At);
        return EventVerdict.Accepted;
    }

    private EventVerdict Held(FloorEvent e)
    {
        if (State != CallState.Talking)
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is {Describe(State)}; only a call in talk can be held");
        }

        HoldCount++;
        HoldStarts.Add(e.At);
        Enter(CallState.OnHold, e.At);
        return EventVerdict.Accepted;
    }

    private EventVerdict Resumed(FloorEvent e)
    {
        if (State != CallState.OnHold)
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is {Describe(State)}; only a held call can be resumed");
        }

        Enter(CallState.Talking, e.At);
        return EventVerdict.Accepted;
    }

    private EventVerdict Transferred(FloorEvent e)
    {
        if (!IsConnected)
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is {Describe(State)}; only a connected call can be transferred");
        }

        TransferCount++;
        TransferTimes.Add(e.At);
        if (e.ToQueueId is not null)
        {
            QueueId = e.ToQueueId;
            AgentId = null;
            Segments.Add(new QueueSegment(e.ToQueueId, e.At, Outbound: false, ViaTransfer: true));
            Enter(CallState.Queued, e.At);
        }
        else
        {
            AgentId = e.ToAgentId;
            Enter(CallState.Talking, e.At);
        }

        return EventVerdict.Accepted;
    }

    private EventVerdict Ended(FloorEvent e)
    {
        var reason = e.EndReason ?? CallEndReason.Completed;
        if (reason == CallEndReason.Blocked)
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is {Describe(State)}; only a call never queued can be blocked", "reason");
        }

        if (reason == CallEndReason.Overflowed)
        {
            return Overflowed(e);
        }

        EndReason = reason;
        if (IsWaiting && Direction == CallDirection.Inbound)
        {
            // An inbound caller who leaves before an answer abandoned the call, whatever the source calls it.
            return Abandon(e.At);
        }

        EndedAt = e.At;
        Enter(CallState.Ended, e.At);
        return EventVerdict.Accepted;
    }

    private EventVerdict Overflowed(FloorEvent e)
    {
        if (ToldAfterMovingOn(e))
        {
            return EventVerdict.Accepted;
        }

        if (!(IsWaiting && Direction == CallDirection.Inbound))
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is {Describe(State)}; only a waiting inbound call can overflow", "reason");
        }

        if (e.QueueId is { } named && named != QueueId)
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' waits in '{QueueId}'; only that queue can let it go, not '{named}'", "queueId");
        }

        Segments[^1] = Segments[^1] with { OverflowedAt = e.At };
        EndReason = CallEndReason.Overflowed;
        EndedAt = e.At;
        Enter(CallState.Ended, e.At);
        return EventVerdict.Accepted;
    }

    /// <summary>
    /// The overflow of the stay before, sorted after the entry to the next queue because both have
    /// one time (queue_log writes them in the same second): that entry already counted it. Without
    /// a queue named, an overflow at the very moment of an entry is taken as the one before's.
    /// </summary>
    private bool ToldAfterMovingOn(FloorEvent e) =>
        Segments is [.., { OverflowedAt: not null } before, { ViaTransfer: false, Outbound: false } now]
        && e.At == now.EnteredAt
        && (e.QueueId is not { } named || (named == before.QueueId && named != now.QueueId));

    private EventVerdict Abandoned(FloorEvent e)
    {
        if (!IsWaiting)
        {
            return EventVerdict.InvalidTransition($"call '{e.CallId}' is {Describe(State)}; only a waiting call can be abandoned");
        }

        EndReason = CallEndReason.CallerHangup;
        return Abandon(e.At);
    }

    private EventVerdict Abandon(DateTimeOffset at)
    {
        Segments[^1] = Segments[^1] with { AbandonedAt = at };
        EndedAt = at;
        Enter(CallState.Abandoned, at);
        return EventVerdict.Accepted;
    }

    private void Enter(CallState next, DateTimeOffset at)
    {
        var span = State is null ? 0 : Math.Max(0, (at - StateSince).TotalSeconds);
        switch (State)
        {
            case CallState.Ringing: RingSeconds += span; break;
            case CallState.Talking: TalkSeconds += span; break;
            case CallState.OnHold:
                HoldSeconds += span;
                LongestHoldSeconds = Math.Max(LongestHoldSeconds, span);
                break;
        }

        State = next;
        StateSince = at;
    }

    private double Running(CallState state, DateTimeOffset now) =>
        State == state ? Math.Max(0, (now - StateSince).TotalSeconds) : 0;

    private static string Describe(CallState? state) => state switch
    {
        null => "unknown",
        CallState.OnHold => "on hold",
        _ => state.Value.ToString().ToLowerInvariant(),
    };
}
