using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Rules;
using ContactCenter.Grains.Aggregates;
using ContactCenter.Grains.Alerts;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Routing;
using ContactCenter.Domain.Configuration;
using ContactCenter.Grains.Recovery;
using ContactCenter.Domain.History;
using ContactCenter.Grains.History;
using ContactCenter.Grains.Pacing;

namespace ContactCenter.Grains.Agents;

/// <summary>
/// One agent. Applies the agent's own events and the call events handed on by call grains,
/// publishes the agent's row to its team and queues only when it changed, counts each handled
/// leg (with its wrap-up) into its queue's handle time, and judges the agent rules on a timer armed for the next threshold.
/// It calls no call back: a hand raised on a call is flagged there by whoever delivered the hand.
/// </summary>
public sealed class AgentGrain : DurableGrain<AgentGrainState>, IAgentGrain, IAgentRowSource, IRuleSubject, IHistoryFlushGrain
{
    /// <summary>How long an agent's changed day waits before the history store takes it, on the wall clock.</summary>
    public static readonly TimeSpan HistoryDelay = TimeSpan.FromSeconds(30);

    private readonly RuleTimer ruleTimer;
    private readonly CatchUp catchUp;
    private readonly AggregateUpdates aggregates;
    private readonly IFloorHistory history;
    private QueueLegs queueLegs = null!;
    private DelayedSelfCall historyFlush = null!;

    public AgentGrain(
        [PersistentState("agent", FloorStorage.Name)] IPersistentState<AgentGrainState> state,
        FloorSettings settings,
        TimeProvider clock,
        AggregateUpdates aggregates,
        IFloorHistory history)
        : base(state, settings, clock)
    {
        this.aggregates = aggregates;
        this.history = history;
        ruleTimer = new RuleTimer(this);
        catchUp = new CatchUp(Clock);
    }

    private string? agentId;

    /// <summary>Read once: each read of the key builds a new string, and the agent's entries share this one.</summary>
    private string AgentId => agentId ??= this.GetPrimaryKeyString();

    private AgentFacts Facts => State.Timeline.Facts;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        State.Timeline.Calendar = Settings.Calendar;
        queueLegs = new QueueLegs(aggregates, AgentId, lateDay: null);
        historyFlush = Paced(HistoryDelay, this.AsReference<IHistoryFlushGrain>().FlushHistory);
        if (Facts.Known)
        {
            await EvaluateRulesAsync();
            await WriteIfDirtyAsync();
            // The day may have changed since the store last took it (a restart, a dead silo).
            historyFlush.Ask();
        }
    }

    /// <summary>
    /// Gives the history store the agent's day so far, and the day before while it is the one
    /// that closed last. The grain keeps the figures, so a lost flush is made good by the next.
    /// </summary>
    public async Task FlushHistory()
    {
        historyFlush.Arrived();
        var (closed, today) = Facts.DaysAt(Clock.GetUtcNow(), Settings.Calendar);
        var team = Facts.TeamId;
        await Task.WhenAll(
            closed is null ? Task.CompletedTask : history.SaveAgentDayAsync(new AgentDayRecord(AgentId, team, closed)),
            history.SaveAgentDayAsync(new AgentDayRecord(AgentId, team, today)));
    }

    public async ValueTask<EventVerdict[]> Apply(FloorEvent[] events)
    {
        var verdicts = new EventVerdict[events.Length];
        var changed = false;
        List<int>? late = null;
        var liveSince = Settings.LiveSince(Clock.GetUtcNow());
        foreach (var index in EventOrder.ByTime(events))
        {
            var e = events[index];
            if (e.At < liveSince && !State.Timeline.Contains(e.EventId))
            {
                // A past day's event counts into that day, not into the agent as it is now.
                (late ??= []).Add(index);
                continue;
            }

            verdicts[index] = State.Timeline.Insert(Held(new AgentEvent(e)));
            changed |= verdicts[index].Kind == EventVerdictKind.Accepted;
        }

        if (late is not null)
        {
            await ApplyToPastDaysAsync(events, late, verdicts);
        }

        if (changed)
        {
            catchUp.Took(CatchUp.InProgress);
            await PublishAsync();
        }

        return verdicts;
    }

    private async Task ApplyToPastDaysAsync(FloorEvent[] events, List<int> late, EventVerdict[] verdicts)
    {
        foreach (var day in late.GroupBy(index => Settings.Calendar.Date(events[index].At)))
        {
            var indexes = day.ToArray();
            var answers = await GrainFactory.GetGrain<IAgentLateDayGrain>(AgentLateDay.Key(AgentId, day.Key)).Apply([.. indexes.Select(i => events[i])]);
            for (var i = 0; i < indexes.Length; i++)
            {
                verdicts[indexes[i]] = answers[i];
            }
        }
    }

    public async ValueTask<CallEventReceipt> ApplyCallEvent(AgentEvent callEvent)
    {
        var verdict = State.Timeline.Insert(Held(callEvent));
        if (verdict.Kind == EventVerdictKind.Accepted)
        {
            catchUp.Took(CatchUp.InProgress);
            await PublishAsync();
        }

        return new CallEventReceipt(verdict, AgentView.TeamOf(Facts));
    }

    /// <summary>Activated from storage, the agent has re-armed its rule timers.</summary>
    public ValueTask<WakeList> Wake() => ValueTask.FromResult(WakeList.Empty);

    public Task RulesDue() => EvaluateRulesAsync();

    public ValueTask<AgentRow?> PublishedRow() => ValueTask.FromResult(State.PublishedRow);

    public ValueTask<AgentSnapshot?> GetSnapshot() => ValueTask.FromResult(Facts.Known ? Snapshot() : null);

    public async ValueTask<AgentSnapshot> RaiseHand(string reason, string? callId, string actor)
    {
        var now = Clock.GetUtcNow();
        await ApplyOwnAsync(new FloorEvent($"hand-up-{Guid.NewGuid():N}", FloorEventType.AssistanceRequested, now, CallId: callId, AgentId: AgentId, Reason: reason));
        await Audit(actor, "assistance-requested", reason, now);
        return Snapshot();
    }

    public async ValueTask<AgentSnapshot> LowerHand(string actor)
    {
        var now = Clock.GetUtcNow();
        if (Facts.Hand is not null)
        {
            await ApplyOwnAsync(new FloorEvent($"hand-down-{Guid.NewGuid():N}", FloorEventType.AssistanceCleared, now, AgentId: AgentId));
            await Audit(actor, "assistance-cleared", null, now);
        }

        return Snapshot();
    }

    public async Task LowerHandForResolvedAlert(string supervisor, DateTimeOffset at)
    {
        if (Facts.Hand is { } hand && hand.RaisedAt <= at)
        {
            await ApplyOwnAsync(new FloorEvent($"hand-down-{Guid.NewGuid():N}", FloorEventType.AssistanceCleared, Clock.GetUtcNow(), AgentId: AgentId));
        }
    }

    private async Task ApplyOwnAsync(FloorEvent e)
    {
        if (State.Timeline.Insert(Held(new AgentEvent(e))).Kind == EventVerdictKind.Accepted)
        {
            // A hand raised or lowered on the agent's own screen is now, whatever came before it.
            catchUp.Took(catchingUp: false);
            await PublishAsync();
        }
    }

    private AgentEvent Held(AgentEvent e) => e.SharingIds(AgentId, State.Timeline.Entries, Facts.Queues);

    private async Task PublishAsync()
    {
        // Every update goes out at once and is awaited together: each lane keeps its own order,
        // and the agent waits for the slowest aggregate, not for the sum of them.
        var sent = new List<Task>();
        queueLegs.Count(State.CountedLegs, Facts, () => ++State.LegSeq, sent);
        var row = AgentView.Row(AgentId, Facts);
        var previous = State.PublishedRow;
        if (!AgentView.SameRow(previous, row))
        {
            if (previous?.TeamId is { } oldTeam && oldTeam != row.TeamId)
            {
                sent.Add(aggregates.ToTeam(oldTeam, new AgentRowUpdate(AgentId, null)));
            }

            if (row.TeamId is { } team)
            {
                sent.Add(aggregates.ToTeam(team, new AgentRowUpdate(AgentId, row)));
            }

            foreach (var queue in previous?.Queues.Except(row.Queues) ?? [])
            {
                sent.Add(aggregates.ToQueue(queue, new AgentRowUpdate(AgentId, null)));
            }

            // Queues count agents only by staffing class: a call answered, held or resumed changes nothing there.
            if (!AgentView.SameStaffing(previous, row))
            {
                foreach (var queue in row.Queues)
                {
                    sent.Add(aggregates.ToQueue(queue, new AgentRowUpdate(AgentId, row)));
                }
            }

            State.PublishedRow = row;
        }

        await Task.WhenAll(sent);
        await EvaluateRulesAsync();
        MarkDirty();
        historyFlush.Ask();
    }

    private async Task EvaluateRulesAsync()
    {
        var facts = Facts;
        var subject = new AgentRuleSubject(facts, Settings.ForTeam(facts.TeamId));
        var team = AgentView.TeamOf(facts);
        var (next, changed) = await SubjectAlerts.EvaluateAsync(
            GrainFactory, RuleBooks.Agent, subject, AgentId, State.Raised,
            (rule, verdict) => new AlertCondition(
                rule, verdict.Severity!.Value, SubjectKind.Agent, AgentId, verdict.Since, verdict.Detail,
                rule == AlertRule.AssistanceRequested ? facts.Hand?.CallId : facts.CurrentCallId, AgentId, facts.CurrentCallQueueId, team),
            Clock.GetUtcNow(),
            catchUp.RaisesWaitUntil);
        ruleTimer.Arm(next);
        if (changed)
        {
            MarkDirty();
        }
    }

    private AgentSnapshot Snapshot() => AgentView.Snapshot(AgentId, Facts, Clock.GetUtcNow(), Settings.Calendar);

    private Task Audit(string actor, string action, string? detail, DateTimeOffset at) =>
        AuditTrail.AppendAsync(GrainFactory, new AuditEntry(at, actor, action, "agent", AgentId, detail, null)).AsTask();
}
