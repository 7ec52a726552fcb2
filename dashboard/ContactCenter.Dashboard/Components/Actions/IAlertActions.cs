using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Dashboard.Components.Actions;

/// <summary>
/// What a supervisor does with an alert from the screen. Identity is the name the supervisor gave
/// this screen, passed on explicitly: grains never take it from context.
/// </summary>
public interface IAlertActions
{
    Task<AlertActionResult> AcknowledgeAsync(string alertId, string supervisor);

    /// <summary>First one wins; a second supervisor gets a conflict naming who has it.</summary>
    Task<AlertActionResult> TakeAsync(string alertId, string supervisor);

    Task<AlertActionResult> JoinAsync(string alertId, JoinMode mode, string supervisor);

    Task<AlertActionResult> AddNoteAsync(string alertId, string text, string supervisor);

    Task<AlertActionResult> SnoozeAsync(string alertId, int minutes, string supervisor);

    /// <summary>Resolving an assistance alert lowers the agent's hand.</summary>
    Task<AlertActionResult> ResolveAsync(string alertId, string? note, string supervisor);
}
