using System.Security.Claims;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Security;

namespace ContactCenter.Dashboard.Commands;

/// <summary>
/// The one path of a supervisor's action on an alert, for the REST API and the screens alike:
/// the alert must be in the supervisor's scope (with security on, an alert out of scope and one
/// that does not exist look the same), the alert grain decides the rest, and resolving a request
/// for help lowers the agent's hand. The alert grain calls no agent: this is where that happens.
/// </summary>
public sealed class AlertCommandHandler(IGrainFactory grains, FloorAccess access)
{
    public const string OutOfScope = "the alert is not on a team or queue assigned to you";

    /// <summary>The alert, if <paramref name="user"/> may act on it; otherwise why not.</summary>
    public async Task<(AlertTarget? Target, AlertActionResult? Refused)> FindAsync(ClaimsPrincipal user, string alertId)
    {
        if (AlertKeys.GrainKeyOf(alertId) is not { } key)
        {
            return (null, new AlertActionResult(AlertActionOutcome.NotFound, null, $"'{alertId}' is not an alert id"));
        }

        var grain = grains.GetGrain<IAlertGrain>(key);
        var alert = await grain.GetSnapshot(alertId);
        if (alert is null)
        {
            return (null, access.Enabled
                ? new AlertActionResult(AlertActionOutcome.Forbidden, null, OutOfScope)
                : new AlertActionResult(AlertActionOutcome.NotFound, null, $"no alert '{alertId}'"));
        }

        return access.MayActOn(user, alert)
            ? (new AlertTarget(alertId, grain, alert), null)
            : (null, new AlertActionResult(AlertActionOutcome.Forbidden, null, OutOfScope));
    }

    public async Task<AlertActionResult> ActAsync(AlertTarget target, AlertCommand command, SupervisorAction action)
    {
        var result = await command.SendTo(target.Grain, target.AlertId, action);
        if (command is AlertCommand.Resolve
            && result.Alert is { Rule: AlertRule.AssistanceRequested, Status: AlertStatus.Resolved, AgentId: { } agent, ResolvedAt: { } resolvedAt }
            && result.Succeeded)
        {
            await grains.GetGrain<IAgentGrain>(agent).LowerHandForResolvedAlert(action.Supervisor, resolvedAt);
        }

        return result;
    }

    public async Task<AlertActionResult> ActAsync(ClaimsPrincipal user, string alertId, AlertCommand command, SupervisorAction action)
    {
        var (target, refused) = await FindAsync(user, alertId);
        return refused ?? await ActAsync(target!, command, action);
    }
}
