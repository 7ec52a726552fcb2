using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Persistence;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Streams;
using ContactCenter.Domain.Configuration;
using ContactCenter.Grains.Recovery;
using ContactCenter.Domain.History;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// The one alert of a rule on a subject. Subject grains raise and clear it; supervisors act on
/// it; a timer armed for the next lifecycle step escalates it. Every change is written before it
/// is acknowledged (alerts are few and must survive a node), then shown in the inboxes of the
/// alert's queue and team, and every supervisor action goes to the audit trail. It calls no
/// subject back: what a resolve does to an agent's hand is the front end's command to the agent.
/// </summary>
public sealed partial class AlertGrain : Grain, IAlertGrain, IRuleSubject
{
    private readonly IPersistentState<AlertGrainState> state;
    private readonly FloorSettings settings;
    private readonly TimeProvider clock;
    private readonly ILogger<AlertGrain> logger;
    private readonly RuleTimer lifecycleTimer;
    private readonly IFloorHistory history;

    public AlertGrain(
        [PersistentState("alert", FloorStorage.Name)] IPersistentState<AlertGrainState> state,
        FloorSettings settings,
        TimeProvider clock,
        ILogger<AlertGrain> logger,
        IFloorHistory history)
    {
        this.state = state;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
        this.logger = logger;
        lifecycleTimer = new RuleTimer(this);
    }

    private Domain.Alerts.AlertRecord Record => state.State.Record;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => AdvanceAsync();

    /// <summary>Activated from storage, the alert has caught up on its lifecycle and re-armed its timer.</summary>
    public ValueTask<WakeList> Wake() => ValueTask.FromResult(WakeList.Empty);

    public Task RulesDue() => AdvanceAsync();

    public async ValueTask Raise(AlertCondition condition)
    {
        if (Record.Raise(condition, clock.GetUtcNow(), settings.Lifecycle))
        {
            LogRaised(logger, Record.AlertId, condition.Rule, Record.Severity, condition.SubjectId, condition.Detail);
            await SaveAndShowAsync();
        }
    }

    public async ValueTask Clear()
    {
        if (Record.Clear(clock.GetUtcNow()))
        {
            await SaveAndShowAsync();
        }
    }

    public ValueTask<AlertSnapshot?> GetSnapshot(string alertId) =>
        ValueTask.FromResult(Record.Exists && Record.AlertId == alertId ? Record.ToSnapshot() : null);

    public ValueTask<AlertSnapshot?> GetLatest() => ValueTask.FromResult(Record.Exists ? Record.ToSnapshot() : null);

    public ValueTask<AlertActionResult> Acknowledge(string alertId, SupervisorAction action) =>
        ActAsync(alertId, action, "alert-acknowledged", null, now => Record.Acknowledge(action.Supervisor, now));

    public ValueTask<AlertActionResult> Take(string alertId, SupervisorAction action) =>
        ActAsync(alertId, action, "alert-taken", null, now => Record.Take(action.Supervisor, now));

    public ValueTask<AlertActionResult> Join(string alertId, JoinMode mode, SupervisorAction action) =>
        ActAsync(alertId, action, "alert-joined", mode.ToString().ToLowerInvariant(), now => Record.Join(mode, action.Supervisor, now),
            (alert, now) => PublishJoinAsync(alert, mode, action, now));

    public ValueTask<AlertActionResult> AddNote(string alertId, string text, SupervisorAction action) =>
        ActAsync(alertId, action, "alert-noted", text, now => Record.AddNote(text, action.Supervisor, now));

    public ValueTask<AlertActionResult> Snooze(string alertId, int minutes, SupervisorAction action) =>
        ActAsync(alertId, action, "alert-snoozed", $"{minutes} min", now => Record.Snooze(minutes, settings.Lifecycle.MaxSnoozeMinutes, action.Supervisor, now));

    public ValueTask<AlertActionResult> Resolve(string alertId, string? note, SupervisorAction action) =>
        ActAsync(alertId, action, "alert-resolved", note, now => Record.Resolve(note, action.Supervisor, now));

    private async ValueTask<AlertActionResult> ActAsync(
        string alertId,
        SupervisorAction action,
        string auditAction,
        string? detail,
        Func<DateTimeOffset, AlertActionResult> apply,
        Func<AlertSnapshot, DateTimeOffset, Task>? handOver = null)
    {
        if (!Record.Exists || Record.AlertId != alertId)
        {
            return new AlertActionResult(AlertActionOutcome.NotFound, null, $"no alert '{alertId}'");
        }

        if (action.OperationId is { } repeated && state.State.OperationIds.Contains(repeated))
        {
            return new AlertActionResult(AlertActionOutcome.Done, Record.ToSnapshot());
        }

        var now = clock.GetUtcNow();
        Record.Advance(now, settings.Lifecycle);
        var result = apply(now);
        if (!result.Succeeded)
        {
            return result;
        }

        if (action.OperationId is { } operation)
        {
            state.State.OperationIds.Add(operation);
            if (state.State.OperationIds.Count > AlertGrainState.OperationIdsKept)
            {
                state.State.OperationIds.RemoveAt(0);
            }
        }

        try
        {
            if (handOver is not null)
            {
                await handOver(result.Alert!, now);
            }

            // The audit entry goes first: a failure after it repeats it on retry, never loses it.
            await AuditTrail.AppendAsync(GrainFactory, new AuditEntry(now, action.Supervisor, auditAction, "alert", alertId, detail, action.Origin));
            await SaveAndShowAsync();
        }
        catch
        {
            // Memory is ahead of storage: the retry must meet the alert as stored.
            DeactivateOnIdle();
            throw;
        }

        return result;
    }

    private async Task AdvanceAsync()
    {
        if (Record.Exists && Record.Advance(clock.GetUtcNow(), settings.Lifecycle))
        {
            await SaveAndShowAsync();
            return;
        }

        lifecycleTimer.Arm(Record.NextLifecycleAt(settings.Lifecycle));
    }

    private async Task SaveAndShowAsync()
    {
        var alert = Record.ToSnapshot();
        try
        {
            // Alerts are few: the history keeps each step of their lifecycle as it happens, before
            // the grain's own state, so a failure in between is repaired by the retry, not skipped.
            await history.SaveAlertAsync(alert);
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
        if (alert.QueueId is { } queue)
        {
            await GrainFactory.GetGrain<IAlertInboxGrain>(AlertInbox.OfQueue(queue)).Upsert(alert);
        }

        if (alert.TeamId is { } team)
        {
            await GrainFactory.GetGrain<IAlertInboxGrain>(AlertInbox.OfTeam(team)).Upsert(alert);
        }

        lifecycleTimer.Arm(Record.NextLifecycleAt(settings.Lifecycle));
    }

    /// <summary>
    /// Stores the join for the telephony side before the alert records it (a retry of the same
    /// operation finds it stored, not lost), then tells live listeners on the memory stream.
    /// </summary>
    private async Task PublishJoinAsync(AlertSnapshot alert, JoinMode mode, SupervisorAction action, DateTimeOffset now)
    {
        var command = new JoinCommand(action.OperationId ?? Guid.NewGuid().ToString("N"), alert.AlertId, alert.CallId, alert.AgentId, action.Supervisor, mode, now);
        await GrainFactory.GetGrain<IJoinOutboxGrain>(0).Add(command);
        var stream = this.GetStreamProvider(JoinCommand.StreamProvider)
            .GetStream<JoinCommand>(StreamId.Create(JoinCommand.StreamNamespace, JoinCommand.StreamKey));
        await stream.OnNextAsync(command);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {AlertId} raised: {Rule} {Severity} on {SubjectId}: {Detail}")]
    private static partial void LogRaised(ILogger logger, string alertId, AlertRule rule, AlertSeverity severity, string subjectId, string detail);
}
