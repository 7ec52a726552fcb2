using ContactCenter.Contracts.Alerts;
using ContactCenter.Dashboard.Components.Actions;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>Answers every supervisor action with <see cref="Answer"/> and records who did what.</summary>
public sealed class FakeAlertActions : IAlertActions
{
    public AlertActionResult Answer { get; set; } = new(AlertActionOutcome.Done, null);

    public List<string> Calls { get; } = [];

    public Task<AlertActionResult> AcknowledgeAsync(string alertId, string supervisor) => Record($"acknowledge {alertId} by {supervisor}");

    public Task<AlertActionResult> TakeAsync(string alertId, string supervisor) => Record($"take {alertId} by {supervisor}");

    public Task<AlertActionResult> JoinAsync(string alertId, JoinMode mode, string supervisor) => Record($"join {alertId} {mode} by {supervisor}");

    public Task<AlertActionResult> AddNoteAsync(string alertId, string text, string supervisor) => Record($"note {alertId} '{text}' by {supervisor}");

    public Task<AlertActionResult> SnoozeAsync(string alertId, int minutes, string supervisor) => Record($"snooze {alertId} {minutes} by {supervisor}");

    public Task<AlertActionResult> ResolveAsync(string alertId, string? note, string supervisor) => Record($"resolve {alertId} by {supervisor}");

    private Task<AlertActionResult> Record(string call)
    {
        Calls.Add(call);
        return Task.FromResult(Answer);
    }
}
