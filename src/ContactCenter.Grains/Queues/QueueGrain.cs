using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Contracts.Live;
using ContactCenter.Grains.Live;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Rules;
using ContactCenter.Grains.Alerts;
using ContactCenter.Grains.Calls;
using ContactCenter.Grains.Aggregates;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Recovery;
using ContactCenter.Domain.History;
using ContactCenter.Domain.Time;
using ContactCenter.Grains.History;
using ContactCenter.Grains.Pacing;

namespace ContactCenter.Grains.Queues;

/// <summary>
/// One queue: a partition of the floor view. Calls tell it their row and counting, agents their
/// state; it keeps the figures per 15-minute interval and judges the queue rules.
/// </summary>
public sealed class QueueGrain : DurableGrain<QueueGrainState>, IQueueGrain, IFeedGrain, IHistoryFlushGrain, IRuleSubject
{
    /// <summary>How long changed intervals wait to go to the history store together, on the wall clock.</summary>
    public static readonly TimeSpan HistoryDelay = TimeSpan.FromSeconds(5);

    private readonly RuleTimer ruleTimer;
    private readonly IFloorHistory history;
    private readonly IPersistentState<QueueFigureBook> wholeBook;
    private FeedPublisher feed = null!;
    private DelayedSelfCall historyFlush = null!;
    private bool headlineChanged;
    private readonly CatchUp catchUp;
    private QueueFigures? todayFigures;
    private readonly Dictionary<string, CallRow> calls = new(StringComparer.Ordinal);
    private DateTimeOffset todayStart;

    public QueueGrain(
        [PersistentState("queue", FloorStorage.Name)] IPersistentState<QueueGrainState> state,
        [PersistentState("queue-book", FloorStorage.Name)] IPersistentState<QueueFigureBook> wholeBook,
        FloorSettings settings,
        TimeProvider clock,
        IFloorHistory history)
        : base(state, settings, clock)
    {
        this.history = history;
        this.wholeBook = wholeBook;
        ruleTimer = new RuleTimer(this);
        catchUp = new CatchUp(Clock);
    }

    private string QueueId => this.GetPrimaryKeyString();

    private QueueSettings Own => Settings.ForQueue(QueueId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await JoinBookAsync();
        if (State.Agents is { } rows)
        {
            foreach (var (agentId, row) in rows)
            {
                State.AgentStates[agentId] = row.State;
            }

            State.Agents = null;
        }

        var upgraded = false;
        if (State.Calls is { } written)
        {
            State.LiveCalls.UnionWith(written.Keys);
            State.Calls = null;
            upgraded = true;
        }

        if (await LoadCallRowsAsync() || upgraded)
        {
            await Persisted.WriteStateAsync();
        }

        feed = new FeedPublisher(GrainFactory, WallClock, Paced(FeedPublisher.FlushDelay, this.AsReference<IFeedGrain>().FlushFeed), HeadlineIfChanged);
        historyFlush = Paced(HistoryDelay, this.AsReference<IHistoryFlushGrain>().FlushHistory);
        State.Figures.TrackUnsaved();
        if (State.Figures.HasUnsaved)
        {
            historyFlush.Ask();
        }

        if (!State.Registered)
        {
            await GrainFactory.GetGrain<IFloorDirectoryGrain>(0).RegisterQueue(QueueId);
            State.Registered = true;
            await Persisted.WriteStateAsync();
        }

        await EvaluateRulesAsync();
    }

    /// <summary>
    /// The batch's state holds the intervals the history store lacks; the book state holds the
    /// whole book as last written. A state from before the book state held everything: its
    /// saved intervals are written into the book state before a batch's write leaves them out.
    /// </summary>
    private async Task JoinBookAsync()
    {
        State.Figures.Underlay(wholeBook.State);
        var upgrade = !wholeBook.RecordExists && State.Figures.HoldsSaved;
        wholeBook.State = State.Figures;
        if (upgrade)
        {
            await wholeBook.WriteStateAsync();
        }
    }

    /// <summary>
    /// A call no longer live here (over, or moved on with its update still in this queue's lane)
    /// answers no row and is forgotten; true if any was.
    /// </summary>
    private async Task<bool> LoadCallRowsAsync()
    {
        var answers = await MemberRows.AskAsync(
            State.LiveCalls, id => GrainFactory.GetGrain<ICallRowSource>(id).QueueRow(QueueId).AsTask(), Log, $"queue {QueueId}");
        var gone = false;
        foreach (var (id, row, answered) in answers)
        {
            if (row is not null)
            {
                calls[id] = row;
            }
            else if (answered)
            {
                gone |= State.LiveCalls.Remove(id);
            }
        }

        return gone;
    }

    public async ValueTask<QueueFigures> Apply(QueueBatch batch)
    {
        var now = Clock.GetUtcNow();
        if (batch.Calls.Length > 0)
        {
            catchUp.Took(batch.Calls.Any(c => c.CatchingUp));
        }

        await LoadOlderIntervalsAsync(batch, now);
        foreach (var update in batch.Calls)
        {
            if (State.CallLedger.Admit(update.CallId, update.Seq, now))
            {
                ApplyCall(update);
            }
            else if (State.CallLedger.IsLast(update.CallId, update.Seq))
            {
                // The same update again, after a failover: its counting is in, but this queue may
                // have come back and asked the call for its row before the call came back to it.
                SetCallRow(update.CallId, update.Row);
            }
        }

        foreach (var leg in batch.Legs)
        {
            var admitted = leg.LateDay is { } day
                ? State.LateDayLedger.Admit(AgentLateDay.Key(leg.AgentId, day), leg.Seq, now)
                : State.AgentLedger.Admit(leg.AgentId, leg.Seq, now);
            if (admitted)
            {
                CountLeg(leg.Retract, leg.Add);
            }
        }

        foreach (var agent in batch.Agents)
        {
            SetAgentRow(agent.AgentId, agent.Row);
        }

        foreach (var callId in batch.Done ?? [])
        {
            State.CallLedger.Done(callId, now);
        }

        await EvaluateRulesAsync();
        MarkDirty();
        if (State.Figures.HasUnsaved)
        {
            historyFlush.Ask();
        }

        return TodayFigures();
    }

    /// <summary>
    /// Intervals older than the grain keeps that this batch counts into come back from the history
    /// store first. Nearly every batch counts only into recent intervals: then this allocates nothing.
    /// </summary>
    private async Task LoadOlderIntervalsAsync(QueueBatch batch, DateTimeOffset now)
    {
        List<DateTimeOffset>? missing = null;
        foreach (var update in batch.Calls)
        {
            AddMissing(update.Retract, now, ref missing);
            AddMissing(update.Add, now, ref missing);
        }

        foreach (var leg in batch.Legs)
        {
            AddMissing(leg.Retract, now, ref missing);
            AddMissing(leg.Add, now, ref missing);
        }

        if (missing is null)
        {
            return;
        }

        var stored = await history.IntervalsAsync(QueueId, missing.Min(), missing.Max() + SiteCalendar.IntervalLength);
        foreach (var start in missing)
        {
            State.Figures.Restore(start, stored.GetValueOrDefault(start) ?? new QueueIntervalCounts());
        }
    }

    private void AddMissing(QueueContribution[] contributions, DateTimeOffset now, ref List<DateTimeOffset>? missing)
    {
        foreach (var c in contributions)
        {
            AddMissing(c, now, ref missing);
        }
    }

    private void AddMissing(QueueContribution? contribution, DateTimeOffset now, ref List<DateTimeOffset>? missing)
    {
        // An abandon also moves the interval it was offered in, its wait earlier.
        if (contribution is not { } c || c.At.AddSeconds(-Math.Max(0, c.Seconds)) >= QueueFigureBook.Horizon(now))
        {
            return;
        }

        foreach (var start in State.Figures.Missing(c, now, Settings.Calendar))
        {
            missing ??= [];
            if (!missing.Contains(start))
            {
                missing.Add(start);
            }
        }
    }

    /// <summary>Gives the intervals changed since the last flush to the history store, then forgets that they were changed.</summary>
    public async Task FlushHistory()
    {
        historyFlush.Arrived();
        var unsaved = State.Figures.Unsaved();
        if (unsaved.Length == 0)
        {
            return;
        }

        // Whole first: once saved, these intervals leave the batch's state and live in the book state.
        await wholeBook.WriteStateAsync();
        await history.SaveIntervalsAsync(QueueId, unsaved);
        State.Figures.Saved(unsaved.Select(pair => pair.Key));
        MarkDirty();
    }

    private void ApplyCall(QueueCallUpdate update)
    {
        var figures = State.Figures;
        var calendar = Settings.Calendar;
        foreach (var c in update.Retract)
        {
            figures.Apply(c, -1, Own, calendar);
        }

        foreach (var c in update.Add)
        {
            figures.Apply(c, 1, Own, calendar);
        }

        if (MovesHandleTime(update.Retract) || MovesHandleTime(update.Add))
        {
            todayFigures = null;
        }

        SetCallRow(update.CallId, update.Row);
        headlineChanged |= update.Retract.Length + update.Add.Length > 0;
    }

    private void SetCallRow(string callId, CallRow? row)
    {
        if (row is null)
        {
            calls.Remove(callId);
            State.LiveCalls.Remove(callId);
        }
        else
        {
            calls[callId] = row;
            State.LiveCalls.Add(callId);
        }

        feed.Add(LiveChange.ForCall(QueueId, callId, row));
    }

    private void SetAgentRow(string agentId, AgentRow? row)
    {
        if (row is null)
        {
            State.AgentStates.Remove(agentId);
        }
        else
        {
            State.AgentStates[agentId] = row.State;
        }

        headlineChanged = true;
        feed.Touch();
    }

    private void CountLeg(QueueContribution? retract, QueueContribution? add)
    {
        if (retract is { } old)
        {
            State.Figures.Apply(old, -1, Own, Settings.Calendar);
        }

        if (add is { } leg)
        {
            State.Figures.Apply(leg, 1, Own, Settings.Calendar);
        }

        todayFigures = null;
        headlineChanged = true;
        feed.Touch();
    }

    public Task FlushFeed() => feed.FlushAsync();

    public ValueTask<WakeList> Wake() =>
        ValueTask.FromResult(new WakeList([.. State.LiveCalls], [.. State.AgentStates.Keys], [AlertInbox.OfQueue(QueueId)], []));

    public Task RulesDue() => EvaluateRulesAsync();

    public ValueTask<QueueSnapshot> GetSnapshot()
    {
        var now = Clock.GetUtcNow();
        var calendar = Settings.Calendar;
        var live = calls.Values;
        var waiting = live.Where(c => c.State is CallState.Queued or CallState.Ringing).OrderBy(c => c.WaitingSince).ToArray();
        var connected = live.Where(c => c.State is not (CallState.Queued or CallState.Ringing)).OrderBy(c => c.AnsweredAt).ToArray();
        var longest = waiting.Length > 0 ? Math.Max(0, (now - waiting[0].WaitingSince).TotalSeconds) : 0;
        return ValueTask.FromResult(new QueueSnapshot(
            QueueId,
            waiting.Length,
            longest,
            waiting,
            connected,
            StaffingCount.Of(State.AgentStates.Values),
            State.Figures.Today(now, calendar),
            State.Figures.CurrentInterval(now, calendar),
            Own.ServiceLevelSeconds,
            Own.ServiceLevelTarget,
            [],
            now));
    }

    /// <summary>The queue's figures and staffing for screens, computed at flush time: once per push, not per event.</summary>
    private IEnumerable<LiveChange> HeadlineIfChanged()
    {
        if (!headlineChanged)
        {
            yield break;
        }

        headlineChanged = false;
        var now = Clock.GetUtcNow();
        yield return LiveChange.ForHeadline(QueueId, Headline(now));
    }

    private QueueHeadline Headline(DateTimeOffset now) => new(
        QueueId,
        State.Figures.Today(now, Settings.Calendar),
        State.Figures.CurrentInterval(now, Settings.Calendar),
        StaffingCount.Of(State.AgentStates.Values),
        Own.ServiceLevelSeconds,
        Own.ServiceLevelTarget);

    /// <summary>
    /// Figures over any range: the intervals this grain holds, and before its horizon the history
    /// store's (an interval the grain holds is newer than the store's copy).
    /// </summary>
    public async ValueTask<QueueStatsReport> GetStats(DateTimeOffset from, DateTimeOffset to)
    {
        var merged = new Dictionary<DateTimeOffset, QueueIntervalCounts>();
        var horizon = QueueFigureBook.Horizon(Clock.GetUtcNow());
        if (from < horizon)
        {
            merged = await history.IntervalsAsync(QueueId, from, to < horizon ? to : horizon);
        }

        foreach (var (start, counts) in State.Figures.Held(from, to))
        {
            merged[start] = counts;
        }

        return new QueueStatsReport(QueueId, QueueFigureBook.Sum(merged, from, to), QueueFigureBook.Each(merged, from, to));
    }

    private static bool MovesHandleTime(QueueContribution[] contributions)
    {
        foreach (var c in contributions)
        {
            if (c.Kind is QueueContributionKind.Completed or QueueContributionKind.Handled)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Today's AHT for the long-call rule; recomputed only after a handle-time figure moved.</summary>
    private QueueFigures TodayFigures()
    {
        var now = Clock.GetUtcNow();
        var dayStart = Settings.Calendar.DayStart(now);
        if (todayFigures is { } cached && dayStart == todayStart)
        {
            return cached;
        }

        var today = State.Figures.Today(now, Settings.Calendar);
        todayFigures = new QueueFigures(today.AhtSeconds, today.Completed);
        todayStart = dayStart;
        return todayFigures.Value;
    }

    private async Task EvaluateRulesAsync()
    {
        var now = Clock.GetUtcNow();
        DateTimeOffset? oldest = null;
        foreach (var call in calls.Values)
        {
            if (call.State is CallState.Queued or CallState.Ringing && (oldest is null || call.WaitingSince < oldest))
            {
                oldest = call.WaitingSince;
            }
        }

        var calendar = Settings.Calendar;
        var subject = new QueueRuleSubject(oldest, State.Figures.CurrentInterval(now, calendar), Own, State.Figures.PreviousInterval(now, calendar));
        var (next, changed) = await SubjectAlerts.EvaluateAsync(
            GrainFactory, RuleBooks.Queue, subject, QueueId, State.Raised,
            (rule, verdict) => new AlertCondition(rule, verdict.Severity!.Value, SubjectKind.Queue, QueueId, verdict.Since, verdict.Detail, null, null, QueueId, null),
            now,
            catchUp.RaisesWaitUntil);
        // Only a queue with a condition to watch keeps a timer: an idle queue costs nothing.
        ruleTimer.Arm(oldest is null && State.Raised.Count == 0 && catchUp.RaisesWaitUntil is null ? null : next);
        if (changed)
        {
            MarkDirty();
        }

        State.Figures.Prune(now);
    }
}
