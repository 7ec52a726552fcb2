using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Time;
using ContactCenter.Domain.Timeline;

namespace ContactCenter.Domain.Agents;

/// <summary>
/// An agent folded from its own events and the call events handed on to it: the state machine,
/// today's counters (split at the site's midnight), the raised hand, the run of difficult calls,
/// and the legs of calls the agent handled, each with the wrap-up that followed it.
/// </summary>
[GenerateSerializer]
public sealed class AgentFacts : ITimelineFacts<AgentFacts, AgentEvent>
{
    /// <summary>Finished legs kept for late events to move; older ones are settled.</summary>
    public const int KeptLegs = 4;

    [Id(0)] public bool Known { get; private set; }
    [Id(1)] public string? Name { get; private set; }
    [Id(2)] public string? TeamId { get; private set; }
    [Id(3)] public string[] Queues { get; private set; } = [];
    [Id(4)] public AgentState State { get; private set; } = AgentState.LoggedOut;
    [Id(5)] public string? Reason { get; private set; }

    /// <summary>When the current state began; a repeat of the same state (and reason) does not restart it.</summary>
    [Id(6)] public DateTimeOffset? StateSince { get; private set; }
    [Id(7)] public string? CurrentCallId { get; private set; }

    /// <summary>The queue the current call was answered from; none between calls.</summary>
    [Id(8)] public string? CurrentCallQueueId { get; private set; }
    [Id(9)] public DateTimeOffset DayStart { get; private set; }
    [Id(10)] public int Calls { get; private set; }
    [Id(11)] public double TalkSeconds { get; private set; }
    [Id(12)] public double HoldSeconds { get; private set; }
    [Id(13)] public double WrapUpSeconds { get; private set; }
    [Id(14)] public double NotReadySeconds { get; private set; }
    [Id(15)] public double LoggedInSeconds { get; private set; }
    [Id(16)] public AssistanceFlag? Hand { get; private set; }
    [Id(17)] public int DifficultInRow { get; private set; }
    [Id(18)] public List<DateTimeOffset> DifficultEnds { get; private set; } = [];
    [Id(19)] public bool CurrentCallDifficult { get; private set; }
    [Id(25)] public bool CurrentCallAnswered { get; private set; }
    [Id(27)] public DateTimeOffset WrapUpStartedAt { get; private set; }

    /// <summary>How far today's counters have counted the current state.</summary>
    [Id(28)] public DateTimeOffset? CountedUntil { get; private set; }

    /// <summary>The most recent finished legs, each with its handle time (<see cref="LegCapacity"/> of them).</summary>
    [Id(29)] public List<HandledLeg> Legs { get; private set; } = [];

    /// <summary>The leg that just left this agent: a wrap-up as the agent's very next state belongs to it.</summary>
    [Id(30)] public HandledLeg? LegOwedWrapUp { get; private set; }

    /// <summary>The leg whose wrap-up is running: it counts when the wrap-up ends.</summary>
    [Id(31)] public HandledLeg? WrapUpLeg { get; private set; }
    [Id(32)] public DateTimeOffset? LegAnsweredAt { get; private set; }
    [Id(33)] public double LegSeconds { get; private set; }

    /// <summary>Not-ready seconds of the day per reason ("" where the source gave none).</summary>
    [Id(34)] public Dictionary<string, double> NotReadyByReason { get; private set; } = [];

    /// <summary>The day before this one as it closed at the site's midnight (the history store keeps it).</summary>
    [Id(35)] public AgentDayTotals? ClosedDay { get; private set; }

    /// <summary>How many finished legs are kept: <see cref="KeptLegs"/> for a live agent, a whole day's for a late day, whose events may land anywhere in it.</summary>
    [Id(36)] public int LegCapacity { get; private set; } = KeptLegs;

    /// <summary>Legs the agent finished today (a call answered and ended or passed on): the count behind the agent's AHT.</summary>
    [Id(37)] public int LegsToday { get; private set; }

    /// <summary>An agent that keeps every leg of a day, so a late event anywhere in it moves the right one.</summary>
    public static AgentFacts KeepingLegs(int capacity) => new() { LegCapacity = capacity };

    public bool IsBusy => State is AgentState.Ringing or AgentState.Talking or AgentState.OnHold;

    /// <summary>At one moment: a call ends (or leaves the agent), then the agent's own state, then the next call starts.</summary>
    public static int TieRank(AgentEvent entry) => entry switch
    {
        { LeavesAgent: true } => 0,
        { Type: FloorEventType.CallEnded or FloorEventType.CallAbandoned } => 0,
        { Type: FloorEventType.CallOffered or FloorEventType.CallDialed or FloorEventType.CallAnswered or FloorEventType.CallTransferred } => 2,
        { Type: FloorEventType.CallHeld or FloorEventType.CallResumed } => 3,
        _ => 1,
    };

    public AgentFacts Copy()
    {
        var copy = (AgentFacts)MemberwiseClone();
        copy.DifficultEnds = [.. DifficultEnds];
        copy.Legs = [.. Legs];
        copy.NotReadyByReason = new(NotReadyByReason);
        return copy;
    }

    public EventVerdict Apply(AgentEvent e, SiteCalendar calendar)
    {
        var verdict = Check(e);
        if (verdict.Kind != EventVerdictKind.Accepted)
        {
            return verdict;
        }

        Known = true;
        switch (e.Type)
        {
            case FloorEventType.AgentLoggedIn:
                Name = e.SignOn?.Name ?? Name;
                TeamId = e.SignOn?.TeamId ?? TeamId;
                Queues = e.SignOn is { Membership: QueueMembership.Add, Queues: { } added } && State != AgentState.LoggedOut
                    ? [.. Queues.Union(added, StringComparer.Ordinal)]
                    : e.SignOn?.Queues ?? Queues;
                if (State == AgentState.LoggedOut)
                {
                    Enter(AgentState.Available, null, e.At, calendar);
                }

                break;
            case FloorEventType.AgentStateChanged:
                if (State == AgentState.Ringing)
                {
                    DropRing();
                }

                Enter(e.State!.Value, e.State == AgentState.NotReady ? e.Reason : null, e.At, calendar);
                break;
            case FloorEventType.AgentLoggedOut when e.SignOn is { Membership: QueueMembership.Remove, Queues: { } left } && Queues.Except(left, StringComparer.Ordinal).ToArray() is { Length: > 0 } remaining:
                // Out of some of its queues, still in others: still logged in.
                Queues = remaining;
                break;
            case FloorEventType.AgentLoggedOut:
                // Out of its last queue (or out altogether): the queues it left are left.
                Queues = e.SignOn is { Membership: QueueMembership.Remove, Queues: { } last } ? [.. Queues.Except(last, StringComparer.Ordinal)] : Queues;
                CurrentCallId = null;
                CurrentCallQueueId = null;
                CurrentCallAnswered = false;
                LegAnsweredAt = null;
                Enter(AgentState.LoggedOut, null, e.At, calendar);
                break;
            case FloorEventType.AssistanceRequested:
                var callId = e.CallId ?? CurrentCallId;
                Hand = new AssistanceFlag(e.Reason ?? "other", callId, e.At);
                CurrentCallDifficult |= callId is not null && callId == CurrentCallId;
                break;
            case FloorEventType.AssistanceCleared:
                Hand = null;
                break;
            default:
                ApplyCall(e, calendar);
                break;
        }

        return EventVerdict.Accepted;
    }

    /// <summary>Counters as of <paramref name="now"/>: the running state counted up to the read, nothing before the site's midnight.</summary>
    public AgentDay DayAt(DateTimeOffset now, SiteCalendar calendar)
    {
        var probe = Copy();
        probe.Close(now, calendar);
        var available = probe.LoggedInSeconds - probe.NotReadySeconds;
        var working = probe.TalkSeconds + probe.HoldSeconds + probe.WrapUpSeconds;
        return new AgentDay(
            probe.Calls,
            probe.TalkSeconds,
            probe.HoldSeconds,
            probe.WrapUpSeconds,
            probe.NotReadySeconds,
            probe.LoggedInSeconds,
            available > 0 ? working / available : null,
            DifficultInRow,
            probe.NotReadyByReason);
    }

    /// <summary>
    /// The day holding <paramref name="now"/> counted up to it, with not-ready time per reason, and
    /// the day before it if that closed since: what the history keeps of an agent's days.
    /// </summary>
    public (AgentDayTotals? Closed, AgentDayTotals Today) DaysAt(DateTimeOffset now, SiteCalendar calendar)
    {
        var probe = Copy();
        probe.Close(now, calendar);
        return (probe.ClosedDay, probe.Totals(calendar));
    }

    private AgentDayTotals Totals(SiteCalendar calendar) =>
        new(calendar.Date(DayStart), Calls, TalkSeconds, HoldSeconds, WrapUpSeconds, NotReadySeconds, LoggedInSeconds, new(NotReadyByReason));

    private EventVerdict Check(AgentEvent e)
    {
        if (e.LeavesAgent)
        {
            return EventVerdict.Accepted;
        }

        // A ring the agent has not answered does not hold the agent: a new call offered, or a state
        // the agent chose, means the phone stopped ringing (a ring-no-answer). The feed reports that
        // on the call, which may reach this agent after its next event: refusing here would make the
        // outcome depend on which arrived first.
        var holdsAgent = State is AgentState.Talking or AgentState.OnHold;
        var busyElsewhere = holdsAgent && CurrentCallId != e.CallId;
        switch (e.Type)
        {
            case FloorEventType.AgentStateChanged when holdsAgent:
                return EventVerdict.InvalidTransition($"agent is {State.ToString().ToLowerInvariant()} on call '{CurrentCallId}'; the call must end first", "state");
            case FloorEventType.AgentStateChanged when State == AgentState.LoggedOut:
                return EventVerdict.InvalidTransition("agent is logged out; AgentLoggedIn comes first", "state");
            case FloorEventType.AssistanceRequested when e.CallId is not null && (e.CallId != CurrentCallId || !IsBusy):
                // A hand names the agent's own call or none: it must never flag another agent's call.
                return EventVerdict.InvalidTransition($"agent is not on call '{e.CallId}'", "callId");
            case FloorEventType.CallOffered or FloorEventType.CallAnswered or FloorEventType.CallDialed when busyElsewhere:
                return EventVerdict.InvalidTransition($"agent '{e.AgentId}' is already on call '{CurrentCallId}'", "agentId");
            case FloorEventType.CallTransferred when e.ToAgentId == e.AgentId && busyElsewhere:
                return EventVerdict.InvalidTransition($"agent '{e.AgentId}' is already on call '{CurrentCallId}'", "toAgentId");
            default:
                return EventVerdict.Accepted;
        }
    }

    private void ApplyCall(AgentEvent e, SiteCalendar calendar)
    {
        var mine = e.CallId == CurrentCallId;
        if (e.LeavesAgent)
        {
            if (mine)
            {
                LeaveCall(e.At, calendar);
            }

            return;
        }

        switch (e.Type)
        {
            case FloorEventType.CallOffered or FloorEventType.CallDialed:
                StartCall(e, AgentState.Ringing, answered: false, calendar);
                break;
            case FloorEventType.CallAnswered:
                StartCall(e, AgentState.Talking, answered: true, calendar);
                break;
            case FloorEventType.CallTransferred when e.ToAgentId == e.AgentId:
                StartCall(e, AgentState.Talking, answered: true, calendar);
                break;
            case FloorEventType.CallHeld when mine:
                Enter(AgentState.OnHold, null, e.At, calendar);
                break;
            case FloorEventType.CallResumed when mine:
                Enter(AgentState.Talking, null, e.At, calendar);
                break;
            case FloorEventType.CallEnded when mine:
                EndCall(e, calendar);
                break;
            case FloorEventType.CallAbandoned or FloorEventType.CallTransferred when mine:
                // The call left this agent without being finished here: no call counted, no wrap-up owed.
                LeaveCall(e.At, calendar);
                break;
        }
    }

    /// <summary>The phone stopped ringing with the call unanswered: nothing was handled, so nothing is counted.</summary>
    private void DropRing()
    {
        CurrentCallId = null;
        CurrentCallQueueId = null;
        CurrentCallAnswered = false;
        CurrentCallDifficult = false;
        LegAnsweredAt = null;
    }

    private void StartCall(AgentEvent entry, AgentState state, bool answered, SiteCalendar calendar)
    {
        if (entry.CallId != CurrentCallId)
        {
            CurrentCallDifficult = Hand?.CallId is { } flagged && flagged == entry.CallId;
            CurrentCallAnswered = false;
            CurrentCallQueueId = null;
            LegAnsweredAt = null;
        }

        CurrentCallId = entry.CallId;
        // The leg belongs to the queue the agent took the call from, wherever the call goes next.
        CurrentCallQueueId ??= entry.QueueId;
        Enter(state, null, entry.At, calendar);
        if (answered && !CurrentCallAnswered)
        {
            CurrentCallAnswered = true;
            LegAnsweredAt = entry.At;
            LegSeconds = 0;
        }
    }

    private void EndCall(AgentEvent entry, SiteCalendar calendar)
    {
        // Close the running state first: past the site's midnight that restarts today's counters, so the call counts in the day of its end.
        Close(entry.At, calendar);
        if (CurrentCallAnswered)
        {
            Calls++;
            var difficult = entry.Difficult || CurrentCallDifficult;
            DifficultInRow = difficult ? DifficultInRow + 1 : 0;
            DifficultEnds = difficult ? [.. DifficultEnds, entry.At] : [];
        }

        LeaveCall(entry.At, calendar);
    }

    /// <summary>The call ended here or went on elsewhere: an answered leg is finished and may be followed by its wrap-up.</summary>
    private void LeaveCall(DateTimeOffset at, SiteCalendar calendar)
    {
        Close(at, calendar);
        var leg = CurrentCallAnswered && CurrentCallId is { } call && CurrentCallQueueId is { } queue && LegAnsweredAt is { } answered
            ? new HandledLeg(call, queue, answered, at, LegSeconds)
            : null;
        if (leg is not null)
        {
            LegsToday++;
        }

        CurrentCallId = null;
        CurrentCallQueueId = null;
        CurrentCallAnswered = false;
        CurrentCallDifficult = false;
        LegAnsweredAt = null;
        LegSeconds = 0;
        Enter(AgentState.Available, null, at, calendar);
        if (leg is not null)
        {
            // Counted at once; a wrap-up as the very next state moves it to where that wrap-up ends.
            AddLeg(leg);
            LegOwedWrapUp = leg;
        }
    }

    private void AddLeg(HandledLeg leg)
    {
        Legs.Add(leg);
        if (Legs.Count > LegCapacity)
        {
            Legs.RemoveAt(0);
        }
    }

    private void Enter(AgentState next, string? reason, DateTimeOffset at, SiteCalendar calendar)
    {
        var leaving = State;
        Close(at, calendar);
        var owed = LegOwedWrapUp;
        LegOwedWrapUp = null;
        if (next == leaving && reason == Reason)
        {
            // The same state again (a source repeating itself): time in state runs on.
            return;
        }

        if (leaving == AgentState.WrapUp && WrapUpLeg is { } wrapped)
        {
            AddLeg(wrapped with { CompletedAt = at, Seconds = wrapped.Seconds + Math.Max(0, (at - WrapUpStartedAt).TotalSeconds) });
            WrapUpLeg = null;
        }

        if (next == AgentState.WrapUp && owed is not null && Legs.Count > 0 && Legs[^1].SameLeg(owed))
        {
            // The leg waits for its wrap-up to end before it counts.
            Legs.RemoveAt(Legs.Count - 1);
            WrapUpLeg = owed;
            WrapUpStartedAt = at;
        }

        if (next is AgentState.NotReady or AgentState.LoggedOut)
        {
            // A break resets the run of difficult calls (AgentStrain).
            DifficultInRow = 0;
            DifficultEnds = [];
        }

        State = next;
        Reason = reason;
        StateSince = at;
        CountedUntil = at;
    }

    /// <summary>
    /// Adds the time since the state was last counted to its counters. At the site's midnight the
    /// day is counted up to its end and kept as <see cref="ClosedDay"/>, and the counters restart.
    /// </summary>
    private void Close(DateTimeOffset at, SiteCalendar calendar)
    {
        var dayStart = calendar.DayStart(at);
        if (dayStart > DayStart)
        {
            // The old day is counted to its own end (its next midnight), not across a gap of days.
            var oldDayEnd = DayStart == default ? dayStart : calendar.DayStart(DayStart + TimeSpan.FromHours(25.5));
            if (DayStart != default && (CountedUntil ?? StateSince) is { } counted && counted < oldDayEnd)
            {
                CountUpTo(oldDayEnd < dayStart ? oldDayEnd : dayStart);
            }

            if (DayStart != default && LoggedInSeconds + Calls > 0)
            {
                ClosedDay = Totals(calendar);
            }

            DayStart = dayStart;
            Calls = 0;
            LegsToday = 0;
            TalkSeconds = HoldSeconds = WrapUpSeconds = NotReadySeconds = LoggedInSeconds = 0;
            NotReadyByReason = [];
        }

        CountUpTo(at);
    }

    private void CountUpTo(DateTimeOffset at)
    {
        if ((CountedUntil ?? StateSince) is not { } since || State == AgentState.LoggedOut)
        {
            return;
        }

        if (State is AgentState.Talking or AgentState.OnHold && LegAnsweredAt is not null)
        {
            // A leg's handle time is whole, whichever day its parts fall in.
            LegSeconds += Math.Max(0, (at - since).TotalSeconds);
        }

        var from = since > DayStart ? since : DayStart;
        var span = Math.Max(0, (at - from).TotalSeconds);
        LoggedInSeconds += span;
        switch (State)
        {
            case AgentState.Talking: TalkSeconds += span; break;
            case AgentState.OnHold: HoldSeconds += span; break;
            case AgentState.WrapUp: WrapUpSeconds += span; break;
            case AgentState.NotReady:
                NotReadySeconds += span;
                var reason = Reason ?? "";
                NotReadyByReason[reason] = NotReadyByReason.GetValueOrDefault(reason) + span;
                break;
        }

        CountedUntil = at > since ? at : since;
    }
}
