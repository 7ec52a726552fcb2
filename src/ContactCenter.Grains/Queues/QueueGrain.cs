using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Rules;
using ContactCenter.Grains.Alerts;
using ContactCenter.Grains.Configuration;
using ContactCenter.Grains.Persistence;

namespace ContactCenter.Grains.Queues;

/// <summary>
/// One queue: a partition of the floor view. Calls tell it their row and counting, agents their
/// state; it keeps the figures per 15-minute interval and judges the queue rules.
/// </summary>
public sealed class QueueGrain : Grain, IQueueGrain
{
    private readonly IPersistentState<QueueGrainState> state;
    private readonly FloorSettings settings;
    private readonly TimeProvider clock;
    private readonly WriteBehind<QueueGrainState> writer;
    private readonly RuleTimer ruleTimer;
    private QueueFigures? todayFigures;

    public QueueGrain(
        [PersistentState("queue", FloorStorage.Name)] IPersistentState<QueueGrainState> state,
        FloorSettings settings,
        TimeProvider clock)
    {
        this.state = state;
        this.settings = settings;
        this.clock = clock;
        writer = new WriteBehind<QueueGrainState>(this, state, settings.StateWriteDelay);
        ruleTimer = new RuleTimer(this, clock, EvaluateRulesAsync);
    }

    private string QueueId => this.GetPrimaryKeyString();

    private QueueSettings Settings => settings.ForQueue(QueueId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.State.Registered)
        {
            await GrainFactory.GetGrain<IFloorDirectoryGrain>(0).RegisterQueue(QueueId);
            state.State.Registered = true;
            await state.WriteStateAsync();
        }

        await EvaluateRulesAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => writer.FlushAsync();

    public async ValueTask<QueueFigures> UpdateCall(QueueCallUpdate update)
    {
        var figures = state.State.Figures;
        var calendar = settings.Calendar;
        foreach (var c in update.Retract)
        {
            figures.Apply(c, -1, Settings, calendar);
        }

        foreach (var c in update.Add)
        {
            figures.Apply(c, 1, Settings, calendar);
        }

        if (MovesHandleTime(update.Retract) || MovesHandleTime(update.Add))
        {
            todayFigures = null;
        }

        if (update.Row is null)
        {
            state.State.Calls.Remove(update.CallId);
        }
        else
        {
            state.State.Calls[update.CallId] = update.Row;
        }

        await EvaluateRulesAsync();
        writer.MarkDirty();
        return TodayFigures();
    }

    public ValueTask UpdateAgent(string agentId, AgentRow? row)
    {
        if (row is null)
        {
            state.State.Agents.Remove(agentId);
        }
        else
        {
            state.State.Agents[agentId] = row;
        }

        writer.MarkDirty();
        return ValueTask.CompletedTask;
    }

    public async ValueTask AddWrapUp(QueueContribution wrapUp)
    {
        state.State.Figures.Apply(wrapUp, 1, Settings, settings.Calendar);
        todayFigures = null;
        writer.MarkDirty();
        await Task.CompletedTask;
    }

    public ValueTask UpsertAlert(AlertSnapshot alert)
    {
        state.State.Alerts.Upsert(alert);
        writer.MarkDirty();
        return ValueTask.CompletedTask;
    }

    public ValueTask<QueueSnapshot> GetSnapshot()
    {
        var now = clock.GetUtcNow();
        var calendar = settings.Calendar;
        var calls = state.State.Calls.Values;
        var waiting = calls.Where(c => c.State is CallState.Queued or CallState.Ringing).OrderBy(c => c.WaitingSince).ToArray();
        var connected = calls.Where(c => c.State is not (CallState.Queued or CallState.Ringing)).OrderBy(c => c.AnsweredAt).ToArray();
        var longest = waiting.Length > 0 ? Math.Max(0, (now - waiting[0].WaitingSince).TotalSeconds) : 0;
        return ValueTask.FromResult(new QueueSnapshot(
            QueueId,
            waiting.Length,
            longest,
            waiting,
            connected,
            StaffingCount.Of(state.State.Agents.Values),
            state.State.Figures.Today(now, calendar),
            state.State.Figures.CurrentInterval(now, calendar),
            Settings.ServiceLevelSeconds,
            Settings.ServiceLevelTarget,
            state.State.Alerts.Active(),
            now));
    }

    public ValueTask<QueueStatsReport> GetStats(DateTimeOffset from, DateTimeOffset to) =>
        ValueTask.FromResult(new QueueStatsReport(QueueId, state.State.Figures.Stats(from, to), state.State.Figures.Intervals(from, to)));

    public ValueTask<AlertSnapshot[]> GetAlerts(bool includeClosed) =>
        ValueTask.FromResult(includeClosed ? state.State.Alerts.All() : state.State.Alerts.Active());

    private static bool MovesHandleTime(QueueContribution[] contributions)
    {
        foreach (var c in contributions)
        {
            if (c.Kind is QueueContributionKind.Completed or QueueContributionKind.WrapUp)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Today's AHT for the long-call rule; recomputed only after a handle-time figure moved.</summary>
    private QueueFigures TodayFigures()
    {
        if (todayFigures is { } cached)
        {
            return cached;
        }

        var today = state.State.Figures.Today(clock.GetUtcNow(), settings.Calendar);
        todayFigures = new QueueFigures(today.AhtSeconds, today.Completed);
        return todayFigures.Value;
    }

    private async Task EvaluateRulesAsync()
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? oldest = null;
        foreach (var call in state.State.Calls.Values)
        {
            if (call.State is CallState.Queued or CallState.Ringing && (oldest is null || call.WaitingSince < oldest))
            {
                oldest = call.WaitingSince;
            }
        }

        var subject = new QueueRuleSubject(oldest, state.State.Figures.CurrentInterval(now, settings.Calendar), Settings);
        var next = await SubjectAlerts.EvaluateAsync(
            GrainFactory, RuleBooks.Queue, subject, QueueId, state.State.Raised,
            (rule, verdict) => new AlertCondition(rule, verdict.Severity!.Value, SubjectKind.Queue, QueueId, verdict.Since, verdict.Detail, null, null, QueueId, null),
            now);
        // Only a queue with a condition to watch keeps a timer: an idle queue costs nothing.
        ruleTimer.Arm(oldest is null && state.State.Raised.Count == 0 ? null : next);
        state.State.Figures.Prune(now);
    }
}
