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

    /// <summary>The past days the intraday page asked for.</summary>
    public List<(string QueueId, DateOnly Day)> DaysRead { get; } = [];

    public Task<QueueStatsReport> GetDayAsync(string queueId, DateOnly day)
    {
        DaysRead.Add((queueId, day));
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return Task.FromResult(new QueueStatsReport(queueId, FloorRows.Stats(start), [FloorRows.Stats(start.AddHours(9))]));
    }
}
