using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.History;
using ContactCenter.Grains.Aggregates;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Agents;

/// <summary>
/// One agent's past day, from the events of that day that arrived after the live horizon. It
/// folds them with the live agent's definitions, counts handled legs into their queues (under its
/// own numbering) and gives the history the day's late part, which reports add to what the live
/// agent counted. No rules, no rows, no hands: the floor now is the live agent's.
/// <para>
/// A day the live agent already counted keeps its logged-in and not-ready time as counted: the
/// agent's own late events for it are refused (they could repeat what the live agent saw, and
/// there is no telling), and its late calls add calls, talk, hold and wrap-up only. Calls
/// themselves are never counted twice: a call grain recognises a repeated event.
/// </para>
/// </summary>
public sealed class AgentLateDayGrain : DurableGrain<AgentLateDayState>, IAgentLateDayGrain
{
    private readonly AggregateUpdates aggregates;
    private readonly IFloorHistory history;
    private QueueLegs queueLegs = null!;
    private DateOnly day;
    private string agentId = "";

    public AgentLateDayGrain(
        [PersistentState("agent-late-day", FloorStorage.Name)] IPersistentState<AgentLateDayState> state,
        FloorSettings settings,
        TimeProvider clock,
        AggregateUpdates aggregates,
        IFloorHistory history)
        : base(state, settings, clock)
    {
        this.aggregates = aggregates;
        this.history = history;
    }

    private AgentFacts Facts => State.Timeline.Facts;

    private AgentEvent Held(AgentEvent e) => e.SharingIds(agentId, State.Timeline.Entries, Facts.Queues);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (day, agentId) = AgentLateDay.Parse(this.GetPrimaryKeyString());
        State.Timeline.Calendar = Settings.Calendar;
        queueLegs = new QueueLegs(aggregates, agentId, day);
        State.CountedLive ??= (await history.AgentDaysAsync(agentId, day, day)).Any(d => !d.Late);
    }

    public async ValueTask<EventVerdict[]> Apply(FloorEvent[] events)
    {
        var verdicts = new EventVerdict[events.Length];
        var changed = false;
        foreach (var index in EventOrder.ByTime(events))
        {
            var e = events[index];
            verdicts[index] = State.CountedLive == true && !State.Timeline.Contains(e.EventId)
                ? EventVerdict.OutOfOrder($"agent '{agentId}' was counted live on {day:yyyy-MM-dd}: its own events of that day are past the live horizon ({Settings.LiveHorizon.TotalHours:0.#} h) and cannot be told from repeats")
                : State.Timeline.Insert(Held(new AgentEvent(e)));
            changed |= verdicts[index].Kind == EventVerdictKind.Accepted;
        }

        if (changed)
        {
            await CountAsync();
        }

        return verdicts;
    }

    public async ValueTask<CallEventReceipt> ApplyCallEvent(AgentEvent callEvent)
    {
        var verdict = State.Timeline.Insert(Held(callEvent));
        if (verdict.Kind == EventVerdictKind.Accepted)
        {
            await CountAsync();
        }

        return new CallEventReceipt(verdict, AgentView.TeamOf(Facts));
    }

    /// <summary>
    /// The day's late part, counted to the day's end (or to its last event, a call that ran past
    /// midnight), and the next day's if that call carried into it. Written before the events are
    /// acknowledged: late events are rare, and a report asked for right after a replay shows it.
    /// </summary>
    private async Task SaveDayAsync()
    {
        var calendar = Settings.Calendar;
        var end = calendar.DayStart(day.AddDays(1));
        var now = Clock.GetUtcNow();
        var last = State.Timeline.Entries.Count > 0 ? State.Timeline.Entries[^1].At : end;
        var at = now < end ? now : end;
        var (closed, current) = Facts.DaysAt(last > at ? last : at, calendar);
        var team = Facts.TeamId;
        await Task.WhenAll(
            closed is null ? Task.CompletedTask : history.SaveAgentDayAsync(new AgentDayRecord(agentId, team, Part(closed), Late: true)),
            current.Calls == 0 && current.LoggedInSeconds == 0 ? Task.CompletedTask : history.SaveAgentDayAsync(new AgentDayRecord(agentId, team, Part(current), Late: true)));
    }

    /// <summary>On a day the live agent counted, its logged-in and not-ready time stand: the late part adds the calls' time only.</summary>
    private AgentDayTotals Part(AgentDayTotals totals) =>
        State.CountedLive == true ? totals with { LoggedInSeconds = 0, NotReadySeconds = 0, NotReadyByReason = [] } : totals;

    private async Task CountAsync()
    {
        var sent = new List<Task>();
        queueLegs.Count(State.CountedLegs, Facts, () => ++State.LegSeq, sent);
        await Task.WhenAll(sent);
        await SaveDayAsync();
        MarkDirty();
    }
}
