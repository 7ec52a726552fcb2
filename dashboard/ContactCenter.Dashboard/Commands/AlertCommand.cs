using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;

namespace ContactCenter.Dashboard.Commands;

/// <summary>What a supervisor does to an alert, the same whether it comes from the REST API or a screen.</summary>
public abstract record AlertCommand
{
    private AlertCommand()
    {
    }

    public abstract ValueTask<AlertActionResult> SendTo(IAlertGrain alert, string alertId, SupervisorAction action);

    public sealed record Acknowledge : AlertCommand
    {
        public override ValueTask<AlertActionResult> SendTo(IAlertGrain alert, string alertId, SupervisorAction action) => alert.Acknowledge(alertId, action);
    }

    public sealed record Take : AlertCommand
    {
        public override ValueTask<AlertActionResult> SendTo(IAlertGrain alert, string alertId, SupervisorAction action) => alert.Take(alertId, action);
    }

    public sealed record Join(JoinMode Mode) : AlertCommand
    {
        public override ValueTask<AlertActionResult> SendTo(IAlertGrain alert, string alertId, SupervisorAction action) => alert.Join(alertId, Mode, action);
    }

    public sealed record AddNote(string Text) : AlertCommand
    {
        public override ValueTask<AlertActionResult> SendTo(IAlertGrain alert, string alertId, SupervisorAction action) => alert.AddNote(alertId, Text, action);
    }

    public sealed record Snooze(int Minutes) : AlertCommand
    {
        public override ValueTask<AlertActionResult> SendTo(IAlertGrain alert, string alertId, SupervisorAction action) => alert.Snooze(alertId, Minutes, action);
    }

    public sealed record Resolve(string? Note) : AlertCommand
    {
        public override ValueTask<AlertActionResult> SendTo(IAlertGrain alert, string alertId, SupervisorAction action) => alert.Resolve(alertId, Note, action);
    }
}
