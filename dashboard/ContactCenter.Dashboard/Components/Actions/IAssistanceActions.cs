namespace ContactCenter.Dashboard.Components.Actions;

/// <summary>An agent raising and lowering their hand from their own page.</summary>
public interface IAssistanceActions
{
    /// <summary>Raises the hand on the agent's current call, if any.</summary>
    Task<HandResult> RaiseHandAsync(string agentId, string reason);

    Task<HandResult> LowerHandAsync(string agentId);
}
