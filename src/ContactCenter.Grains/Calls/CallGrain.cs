using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Privacy;
using ContactCenter.Domain.Rules;
using ContactCenter.Grains.Aggregates;
using ContactCenter.Grains.Alerts;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Routing;
using ContactCenter.Domain.Configuration;
using ContactCenter.Grains.Recovery;
using ContactCenter.Domain.History;
using Orleans.Serialization;

namespace ContactCenter.Grains.Calls;

/// <summary>
/// One call. Applies its events in time order, asks the agent before an offer or answer (an
/// agent on another call refuses), hands every event on to the agent concerned, tells its queue
/// what changed, and judges the call rules on a timer armed for the next threshold.
/// </summary>
public sealed class CallGrain : DurableGrain<CallGrainState>, ICallGrain, ICallRowSource, IRuleSubject
{
    private readonly RuleTimer ruleTimer;
    private readonly CatchUp catchUp;
    private readonly AggregateUpdates aggregates;
    private readonly IFloorHistory history;
    private readonly Serializer<CallGrainState> serializer;

    public CallGrain(
        [PersistentState("call", FloorStorage.Name)] IPersistentState<CallGrainState> state,
        FloorSettings settings,
        TimeProvider clock,
        AggregateUpdates aggregates,
        IFloorHistory history,
        Serializer<CallGrainState> serializer)
        : base(state, settings, clock)
    {
        this.aggregates = aggregates;
        this.history = history;
        this.serializer = serializer;
        ruleTimer = new RuleTimer(this);
        catchUp = new CatchUp(Clock);
    }

    private string? callId;

    /// <summary>Read once: each read of the key builds a new string, and the call's events share this one.</summary>
    private string CallId => callId ??= this.GetPrimaryKeyString();

    private CallFacts Facts => State.Timeline.Facts;

    /// <summary>An event older than the live horizon: history arriving late, not the floor now.</summary>
    private bool IsHistoric(FloorEvent e) => e.At < Settings.LiveSince(Clock.GetUtcNow());

    /// <summary>The event with its ids as this call already holds them (<see cref="HeldText"/>).</summary>
    private FloorEvent Held(FloorEvent e)
    {
        var (agentId, queueId, toAgentId, toQueueId) = (e.AgentId, e.QueueId, e.ToAgentId, e.ToQueueId);
        foreach (var kept in State.Timeline.Entries)
        {
            agentId = HeldText.Same(HeldText.Same(agentId, kept.AgentId), kept.ToAgentId);
            queueId = HeldText.Same(HeldText.Same(queueId, kept.QueueId), kept.ToQueueId);
            toAgentId = HeldText.Same(HeldText.Same(toAgentId, kept.ToAgentId), kept.AgentId);
            toQueueId = HeldText.Same(HeldText.Same(toQueueId, kept.ToQueueId), kept.QueueId);
        }

        var callId = HeldText.Same(e.CallId, CallId);
        return ReferenceEquals(callId, e.CallId) && ReferenceEquals(agentId, e.AgentId) && ReferenceEquals(queueId, e.QueueId)
            && ReferenceEquals(toAgentId, e.ToAgentId) && ReferenceEquals(toQueueId, e.ToQueueId)
            ? e
            : e with { CallId = callId, AgentId = agentId, QueueId = queueId, ToAgentId = toAgentId, ToQueueId = toQueueId };
    }

    /// <summary>A call whose latest event is older than the live horizon: counted, never alerted on or shown live.</summary>
    private bool IsHistoric() => State.Timeline.Entries is { Count: > 0 } entries && IsHistoric(entries[^1]);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Facts.Exists && await history.FindCallAsync(CallId) is { } archived)
        {
            // A finished call left grain storage for the history: it comes back as it ended, so a
            // repeated event is still a duplicate and a late one moves its figures.
            Persisted.State = serializer.Deserialize(archived.GrainState) ?? Persisted.State;
        }

        State.Timeline.Calendar = Settings.Calendar;
        if (Facts.Exists && !Facts.IsOver)
        {
            // Timers die with an activation: re-arm from the persisted timestamps.
            await EvaluateRulesAsync();
            await WriteIfDirtyAsync();
        }
    }

    public async ValueTask<EventVerdict[]> Apply(FloorEvent[] events)
    {
        var verdicts = new EventVerdict[events.Length];
        var changed = false;
        foreach (var index in EventOrder.ByTime(events))
        {
            verdicts[index] = await ApplyOne(events[index]);
            changed |= verdicts[index].Kind == EventVerdictKind.Accepted;
        }

        if (changed)
        {
            catchUp.Took(CatchUp.InProgress);
            await EvaluateRulesAsync();
            await PublishAsync();
            MarkDirty();
            if (Facts.IsOver)
            {
                await ArchiveAsync();
                // A finished call has nothing left to watch: free its activation now rather than
                // hold it for the idle-collection age.
                DeactivateOnIdle();
            }
        }

        return verdicts;
    }

    /// <summary>Activated from storage, a live call has re-armed its rule timers.</summary>
    public ValueTask<WakeList> Wake() => ValueTask.FromResult(WakeList.Empty);

    public Task RulesDue() => OnRuleTimerAsync();

    public ValueTask<CallSnapshot?> GetSnapshot() =>
        ValueTask.FromResult(Facts.Exists ? CallView.Snapshot(CallId, Facts, State, Clock.GetUtcNow()) : null);

    public ValueTask<CallRow?> QueueRow(string queueId) =>
        ValueTask.FromResult(LiveRow() is { } row && row.QueueId == queueId ? row : null);

    /// <summary>The row a queue shows while the call is live there; none once it is over or of a past day.</summary>
    private CallRow? LiveRow() => Facts.IsOver || Facts.QueueId is null || IsHistoric() ? null : CallView.Row(CallId, Facts, State);

    public ValueTask<string?> AgentNow() => ValueTask.FromResult(Facts.AgentId);

    public ValueTask<string?> GetWholeCallerNumber() => ValueTask.FromResult(Facts.CallerNumber);

    public async Task MarkAssistance(string agentId, string reason, DateTimeOffset at)
    {
        var flag = $"assistance: {reason}";
        if (!Facts.Exists || State.Flags.Contains(flag))
        {
            return;
        }

        State.Flags.Add(flag);
        State.Difficult = true;
        await PublishAsync();
        if (Facts.IsOver)
        {
            // A finished call lives in the history: the flag goes there, not back into grain storage.
            await ArchiveAsync();
            return;
        }

        MarkDirty();
    }

    private async Task<EventVerdict> ApplyOne(FloorEvent e)
    {
        if (!Facts.Exists && e.At < Clock.GetUtcNow() - history.KeepsCallsFor)
        {
            // Its call may have been purged from the history: counting it again would count it twice.
            return EventVerdict.OutOfOrder($"event at {e.At:O} is older than the history keeps calls ({history.KeepsCallsFor.TotalDays:0} days)");
        }

        e = Held(e);
        var timeline = State.Timeline;
        var previousAgent = Facts.AgentId;
        // A past day's event is not the agent's business now: its current state stays as it is.
        var historic = IsHistoric(e);
        var taker = historic ? null : ConsentFrom(e);
        string? takersTeam = null;
        if (taker is not null)
        {
            // Only an offer or an answer needs the agent's word, and only once the call itself would take it.
            var dryRun = timeline.Insert(e, commit: false);
            if (dryRun.Kind != EventVerdictKind.Accepted)
            {
                return dryRun;
            }

            var consent = await Agent(taker).ApplyCallEvent(ForAgent(e, taker, leaves: false));
            if (consent.Verdict.Kind == EventVerdictKind.Rejected)
            {
                return consent.Verdict;
            }

            takersTeam = consent.TeamId;
        }

        var verdict = timeline.Insert(e);
        if (verdict.Kind == EventVerdictKind.Accepted)
        {
            if (Facts.AgentId is null || Facts.AgentId == taker)
            {
                // The call's alerts go to the team of the agent on it, as well as to its queue.
                State.AgentTeamId = takersTeam;
            }

            if (!historic)
            {
                await HandOnAsync(e, previousAgent, Facts, (agent, handed) => Agent(agent).ApplyCallEvent(handed).AsTask());
            }
            else
            {
                await HandToPastDayAsync(e, previousAgent);
            }
        }

        return verdict;
    }

    /// <summary>
    /// Moves the finished call to the history (its caller number masked: the whole number is not
    /// kept once the call is over) and out of grain storage. The history has it before the
    /// request is answered; if the history fails, the request fails and the state stays as stored.
    /// </summary>
    private async Task ArchiveAsync()
    {
        State.Timeline.Redact(e => e.CallerNumber is null && e.CalledNumber is null
            ? e
            : e with { CallerNumber = CallerNumberMask.Mask(e.CallerNumber), CalledNumber = CallerNumberMask.Mask(e.CalledNumber) });
        var snapshot = CallView.Snapshot(CallId, Facts, State, Clock.GetUtcNow());
        var queues = State.Counted.Select(c => c.QueueId).Append(State.RowQueueId).OfType<string>().Distinct().ToArray();
        await history.ArchiveCallAsync(new ArchivedCall(snapshot, serializer.SerializeToArray(State)));
        await ForgetAsync();
        _ = TellQueuesDoneAsync(queues);
    }

    /// <summary>
    /// Once archived the call never sends again (a retry finds it in the history and answers
    /// duplicate), so its queues keep its ledger entry minutes, not an hour: an agent's finished
    /// calls were most of a queue's state on a real floor. Not awaited: a queue that misses it
    /// prunes the entry with the hour as before.
    /// </summary>
    private async Task TellQueuesDoneAsync(string[] queues)
    {
        try
        {
            await Task.WhenAll(queues.Select(q => aggregates.ToQueue(q, new QueueCallDone(CallId))));
        }
        catch (Exception)
        {
            // The ledger's hour takes over.
        }
    }

    /// <summary>Hands the event to the agent it concerns; the call's own verdict stands either way.</summary>
    private async Task HandOnAsync(FloorEvent e, string? previousAgent, CallFacts after, Func<string, AgentEvent, Task> deliver)
    {
        if (previousAgent is null)
        {
            return;
        }

        if (previousAgent != after.AgentId || after.State == CallState.Queued)
        {
            await deliver(previousAgent, ForAgent(e, previousAgent, leaves: true));
        }
        else if (e.Type is FloorEventType.CallHeld or FloorEventType.CallResumed or FloorEventType.CallEnded or FloorEventType.CallAbandoned)
        {
            await deliver(previousAgent, ForAgent(e, previousAgent, leaves: false));
        }
    }

    /// <summary>
    /// A past day's event goes to the agents' past day, not to the agents as they are now: the one
    /// it was offered to, answered by or transferred to first, then as a live call would hand it on.
    /// Every event of the call goes to the day the call began, so its legs stay whole across midnight.
    /// The call's verdict stands whatever the past day says (it was not asked to consent).
    /// </summary>
    private async Task HandToPastDayAsync(FloorEvent e, string? previousAgent)
    {
        var day = Settings.Calendar.Date(State.Timeline.Entries[0].At);
        Task Deliver(string agent, AgentEvent handed) =>
            GrainFactory.GetGrain<IAgentLateDayGrain>(AgentLateDay.Key(agent, day)).ApplyCallEvent(handed).AsTask();

        if (ConsentFrom(e) is { } taker)
        {
            await Deliver(taker, ForAgent(e, taker, leaves: false));
        }

        await HandOnAsync(e, previousAgent, Facts, Deliver);
    }

    /// <summary>The event as the agent needs it; only a call's end carries whether it was difficult (that is where AgentStrain counts it).</summary>
    private AgentEvent ForAgent(FloorEvent e, string agentId, bool leaves) =>
        new AgentEvent(e, Facts.QueueId, e.Type == FloorEventType.CallEnded && IsDifficult(), leaves) with { AgentId = agentId };

    private bool IsDifficult() =>
        CallDifficulty.Of(Facts, Settings.ForQueue(Facts.QueueId), State.QueueFigures, flagged: State.Difficult);

    /// <summary>The agent who must accept this event first: the one a call is offered to, answered by or transferred to.</summary>
    private static string? ConsentFrom(FloorEvent e) => e.Type switch
    {
        FloorEventType.CallOffered or FloorEventType.CallAnswered or FloorEventType.CallDialed => e.AgentId,
        FloorEventType.CallTransferred => e.ToAgentId,
        _ => null,
    };

    private IAgentGrain Agent(string agentId) => GrainFactory.GetGrain<IAgentGrain>(agentId);

    /// <summary>Tells each queue concerned the call's live row and how its counting changed.</summary>
    private async Task PublishAsync()
    {
        var facts = Facts;
        var counted = CallCounting.Contributions(facts);
        var (retract, add) = CountingDiff.Between(State.Counted, counted);
        var row = LiveRow();
        var queues = new HashSet<string>();
        foreach (var c in retract.Concat(add))
        {
            queues.Add(c.QueueId);
        }

        if (State.RowQueueId is { } oldRowQueue)
        {
            queues.Add(oldRowQueue);
        }

        if (row is not null)
        {
            queues.Add(row.QueueId);
        }

        var seq = ++State.UpdateSeq;
        Task<QueueFigures>? ownQueue = null;
        var sent = new List<Task>(queues.Count);
        foreach (var queueId in queues)
        {
            var update = new QueueCallUpdate(
                CallId,
                seq,
                row?.QueueId == queueId ? row : null,
                CountingDiff.For(retract, queueId),
                CountingDiff.For(add, queueId),
                CatchUp.InProgress);
            var figures = aggregates.ToQueue(queueId, update);
            sent.Add(figures);
            if (queueId == facts.QueueId)
            {
                ownQueue = figures;
            }
        }

        await Task.WhenAll(sent);
        if (ownQueue is not null)
        {
            State.QueueFigures = await ownQueue;
        }

        State.Counted = counted;
        State.RowQueueId = row?.QueueId;
    }

    private async Task OnRuleTimerAsync()
    {
        if (await EvaluateRulesAsync())
        {
            await PublishAsync();
        }
    }

    /// <summary>Judges the call rules, raises and clears alerts, re-arms the timer; true if the set of raised rules changed.</summary>
    private async Task<bool> EvaluateRulesAsync()
    {
        var facts = Facts;
        if (State.Raised.Count == 0 && IsHistoric())
        {
            // A call of a past day raises nothing now and needs no timer.
            ruleTimer.Arm(null);
            return false;
        }

        var subject = new CallRuleSubject(facts, Settings.ForQueue(facts.QueueId), State.QueueFigures);
        var (next, changed) = await SubjectAlerts.EvaluateAsync(
            GrainFactory, RuleBooks.Call, subject, CallId, State.Raised,
            (rule, verdict) => new AlertCondition(rule, verdict.Severity!.Value, SubjectKind.Call, CallId, verdict.Since, verdict.Detail, CallId, facts.AgentId, facts.QueueId, State.AgentTeamId),
            Clock.GetUtcNow(),
            catchUp.RaisesWaitUntil);
        ruleTimer.Arm(facts.IsOver ? null : next);
        if (changed)
        {
            MarkDirty();
        }

        return changed;
    }
}
