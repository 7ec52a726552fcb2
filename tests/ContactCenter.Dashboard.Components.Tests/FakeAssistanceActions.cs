using ContactCenter.Dashboard.Components.Actions;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>Records hands raised and lowered; always succeeds.</summary>
public sealed class FakeAssistanceActions : IAssistanceActions
{
    public List<string> Calls { get; } = [];

    public Task<HandResult> RaiseHandAsync(string agentId, string reason)
    {
        Calls.Add($"raise {agentId} '{reason}'");
        return Task.FromResult(new HandResult(true, $"Help requested: {reason}.", null));
    }

    public Task<HandResult> LowerHandAsync(string agentId)
    {
        Calls.Add($"lower {agentId}");
        return Task.FromResult(new HandResult(true, "Hand lowered.", null));
    }
}
