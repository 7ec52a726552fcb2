using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Contracts.Grains;

/// <summary>
/// The one alert of a rule on a subject, keyed "{rule}:{subjectId}". It owns the lifecycle:
/// severity that only rises, escalation when unacknowledged, take with first one winning,
/// snooze, auto-clear and the cooldown that reopens rather than duplicates.
/// Alert ids are "{rule}:{subjectId}:{n}": the n-th time the condition came back after its cooldown.
/// </summary>
public interface IAlertGrain : IGrainWithStringKey
{
    /// <summary>The rule holds at this severity (raises, reopens or worsens the alert).</summary>
    ValueTask Raise(AlertCondition condition);

    /// <summary>The condition ended: the alert clears by itself unless a supervisor resolved it.</summary>
    ValueTask Clear();

    ValueTask<AlertSnapshot?> GetSnapshot(string alertId);

    /// <summary>The latest instance of this rule's alert on this subject, whatever its status; null if never raised.</summary>
    ValueTask<AlertSnapshot?> GetLatest();

    ValueTask<AlertActionResult> Acknowledge(string alertId, SupervisorAction action);

    ValueTask<AlertActionResult> Take(string alertId, SupervisorAction action);

    ValueTask<AlertActionResult> Join(string alertId, JoinMode mode, SupervisorAction action);

    ValueTask<AlertActionResult> AddNote(string alertId, string text, SupervisorAction action);

    ValueTask<AlertActionResult> Snooze(string alertId, int minutes, SupervisorAction action);

    ValueTask<AlertActionResult> Resolve(string alertId, string? note, SupervisorAction action);
}
