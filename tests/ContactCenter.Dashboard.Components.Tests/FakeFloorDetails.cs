using ContactCenter.Contracts.Floor;
using ContactCenter.Dashboard.Components.Actions;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>Drill-downs find nothing unless a test puts it there.</summary>
public sealed class FakeFloorDetails : IFloorDetails
{
    public Dictionary<string, CallSnapshot> Calls { get; } = [];

    public Task<CallSnapshot?> GetCallAsync(string callId) => Task.FromResult(Calls.GetValueOrDefault(callId));

    public Dictionary<string, AgentSnapshot> Agents { get; } = [];

    public Task<AgentSnapshot?> GetAgentAsync(string agentId) => Task.FromResult(Agents.GetValueOrDefault(agentId));

    public Task<QueueStatsReport> GetTodayAsync(string queueId) =>
        Task.FromResult(new QueueStatsReport(queueId, FloorRows.Stats(DateTimeOffset.UnixEpoch), []));
}
