using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Alerts;

namespace ContactCenter.Dashboard.Components.Actions;

/// <summary>Supervisor actions sent to the alert's grain, the one place that decides who holds an alert.</summary>
public sealed class GrainAlertActions(IGrainFactory grains) : IAlertActions
{
    /// <summary>Marks the audit trail's entries as coming from the wall-board rather than the REST API.</summary>
    private const string Origin = "wallboard";

    public Task<AlertActionResult> AcknowledgeAsync(string alertId, string supervisor) =>
        Act(alertId, supervisor, (g, a) => g.Acknowledge(alertId, a));

    public Task<AlertActionResult> TakeAsync(string alertId, string supervisor) =>
        Act(alertId, supervisor, (g, a) => g.Take(alertId, a));

    public Task<AlertActionResult> JoinAsync(string alertId, JoinMode mode, string supervisor) =>
        Act(alertId, supervisor, (g, a) => g.Join(alertId, mode, a));

    public Task<AlertActionResult> AddNoteAsync(string alertId, string text, string supervisor) =>
        Act(alertId, supervisor, (g, a) => g.AddNote(alertId, text, a));

    public Task<AlertActionResult> SnoozeAsync(string alertId, int minutes, string supervisor) =>
        Act(alertId, supervisor, (g, a) => g.Snooze(alertId, minutes, a));

    public Task<AlertActionResult> ResolveAsync(string alertId, string? note, string supervisor) =>
        Act(alertId, supervisor, (g, a) => g.Resolve(alertId, note, a));

    private async Task<AlertActionResult> Act(string alertId, string supervisor, Func<IAlertGrain, SupervisorAction, ValueTask<AlertActionResult>> act) =>
        AlertKeys.GrainKeyOf(alertId) is { } key
            ? await act(grains.GetGrain<IAlertGrain>(key), new SupervisorAction(supervisor, Origin: Origin))
            : new AlertActionResult(AlertActionOutcome.NotFound, null, $"'{alertId}' is not an alert id");
}
