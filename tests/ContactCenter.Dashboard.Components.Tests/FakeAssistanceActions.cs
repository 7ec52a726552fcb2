using ContactCenter.Dashboard.Components.Actions;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>Records hands raised and lowered; succeeds unless <see cref="RefuseRaising"/>.</summary>
public sealed class FakeAssistanceActions : IAssistanceActions
{
    public List<string> Calls { get; } = [];

    /// <summary>Raising answers as the floor does for an agent who is not logged in.</summary>
    public bool RefuseRaising { get; set; }

    public Task<HandResult> RaiseHandAsync(string agentId, string reason)
    {
        Calls.Add($"raise {agentId} '{reason}'");
        return Task.FromResult(RefuseRaising
            ? new HandResult(false, $"Agent '{agentId}' is not on the floor: log in first.", null)
            : new HandResult(true, $"Help requested: {reason}.", null));
    }

    public Task<HandResult> LowerHandAsync(string agentId)
    {
        Calls.Add($"lower {agentId}");
        return Task.FromResult(new HandResult(true, "Hand lowered.", null));
    }
}
