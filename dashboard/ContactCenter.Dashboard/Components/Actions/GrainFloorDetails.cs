using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Dashboard.Components.Actions;

/// <summary>Drill-down reads straight from the call, agent and queue grains.</summary>
public sealed class GrainFloorDetails(IGrainFactory grains, FloorSettings settings, TimeProvider clock) : IFloorDetails
{
    public async Task<CallSnapshot?> GetCallAsync(string callId) => await grains.GetGrain<ICallGrain>(callId).GetSnapshot();

    public async Task<AgentSnapshot?> GetAgentAsync(string agentId) => await grains.GetGrain<IAgentGrain>(agentId).GetSnapshot();

    public async Task<QueueStatsReport> GetTodayAsync(string queueId)
    {
        var now = clock.GetUtcNow();
        var calendar = settings.Calendar;
        return await grains.GetGrain<IQueueGrain>(queueId).GetStats(calendar.DayStart(now), calendar.IntervalStart(now).AddMinutes(15));
    }

    public async Task<QueueStatsReport> GetDayAsync(string queueId, DateOnly day)
    {
        var calendar = settings.Calendar;
        return await grains.GetGrain<IQueueGrain>(queueId).GetStats(calendar.DayStart(day), calendar.DayStart(day.AddDays(1)));
    }
}
