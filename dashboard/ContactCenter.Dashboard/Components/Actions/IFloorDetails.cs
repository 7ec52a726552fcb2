using ContactCenter.Contracts.Floor;

namespace ContactCenter.Dashboard.Components.Actions;

/// <summary>What a drill-down reads beyond the live view: a call's timeline, an agent's day, a queue's intervals.</summary>
public interface IFloorDetails
{
    Task<CallSnapshot?> GetCallAsync(string callId);

    Task<AgentSnapshot?> GetAgentAsync(string agentId);

    /// <summary>The queue's 15-minute intervals from the site's midnight through the current one.</summary>
    Task<QueueStatsReport> GetTodayAsync(string queueId);

    /// <summary>The queue's 15-minute intervals of a past site day (from the history store where the grain no longer keeps them).</summary>
    Task<QueueStatsReport> GetDayAsync(string queueId, DateOnly day);
}
