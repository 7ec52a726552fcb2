using ContactCenter.Contracts.Alerts;
using ContactCenter.Dashboard.Components.Actions;
using ContactCenter.Dashboard.Components.Floor;

namespace ContactCenter.Dashboard.Commands;

/// <summary>A screen's alert actions: the signed-in supervisor of this circuit, through the one command path.</summary>
public sealed class SessionAlertActions(AlertCommandHandler commands, SupervisorSession session) : IAlertActions
{
    /// <summary>Marks the audit trail's entries as coming from the wall-board rather than the REST API.</summary>
    private const string Origin = "wallboard";

    public Task<AlertActionResult> AcknowledgeAsync(string alertId, string supervisor) => Act(alertId, new AlertCommand.Acknowledge(), supervisor);

    public Task<AlertActionResult> TakeAsync(string alertId, string supervisor) => Act(alertId, new AlertCommand.Take(), supervisor);

    public Task<AlertActionResult> JoinAsync(string alertId, JoinMode mode, string supervisor) => Act(alertId, new AlertCommand.Join(mode), supervisor);

    public Task<AlertActionResult> AddNoteAsync(string alertId, string text, string supervisor) => Act(alertId, new AlertCommand.AddNote(text), supervisor);

    public Task<AlertActionResult> SnoozeAsync(string alertId, int minutes, string supervisor) => Act(alertId, new AlertCommand.Snooze(minutes), supervisor);

    public Task<AlertActionResult> ResolveAsync(string alertId, string? note, string supervisor) => Act(alertId, new AlertCommand.Resolve(note), supervisor);

    private Task<AlertActionResult> Act(string alertId, AlertCommand command, string supervisor) =>
        commands.ActAsync(session.User, alertId, command, new SupervisorAction(supervisor, Origin: Origin));
}
