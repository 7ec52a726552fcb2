using System.Collections.Concurrent;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Audit;
using ContactCenter.Domain.History;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Grains.Tests;

/// <summary>The silo's real history store, told by a test to refuse the next save of one alert, as a store restarting would.</summary>
public sealed class FaultyHistory(IFloorHistory store) : IFloorHistory
{
    private readonly ConcurrentDictionary<string, int> refusals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> unsettled = new(StringComparer.Ordinal);

    public TimeSpan KeepsCallsFor => store.KeepsCallsFor;

    /// <summary>The next <paramref name="times"/> saves of alerts whose id starts with <paramref name="alertIdPrefix"/> fail.</summary>
    public void RefuseAlertSaves(string alertIdPrefix, int times = 1) => refusals[alertIdPrefix] = times;

    public Task SaveAlertAsync(AlertSnapshot alert)
    {
        foreach (var (prefix, left) in refusals)
        {
            if (left > 0 && alert.AlertId.StartsWith(prefix, StringComparison.Ordinal) && refusals.TryUpdate(prefix, left - 1, left))
            {
                return Task.FromException(new HistoryUnavailableException($"the history store refused {alert.AlertId} (as the test asked)"));
            }
        }

        return store.SaveAlertAsync(alert);
    }

    public Task AppendAuditAsync(AuditEntry entry) => store.AppendAuditAsync(entry);

    public Task<AuditEntry[]> AuditOfDayAsync(DateOnly day) => store.AuditOfDayAsync(day);

    public Task<AlertSnapshot[]> AlertsAsync(DateTimeOffset from, DateTimeOffset to) => store.AlertsAsync(from, to);

    public Task ArchiveCallAsync(ArchivedCall call) => store.ArchiveCallAsync(call);

    /// <summary>
    /// The next <paramref name="times"/> lookups of this call fail as Orleans fails a call whose
    /// directory is not settled (a plain <see cref="OrleansException"/>, nothing inside).
    /// </summary>
    public void UnsettleLookupsOf(string callId, int times = 1) => unsettled[callId] = times;

    public Task<ArchivedCall?> FindCallAsync(string callId) =>
        unsettled.TryGetValue(callId, out var left) && left > 0 && unsettled.TryUpdate(callId, left - 1, left)
            ? Task.FromException<ArchivedCall?>(new OrleansException($"Current directory is not stable to perform the lookup for {callId}. Retry later."))
            : store.FindCallAsync(callId);

    public Task SaveIntervalsAsync(string queueId, IReadOnlyCollection<KeyValuePair<DateTimeOffset, QueueIntervalCounts>> intervals) =>
        store.SaveIntervalsAsync(queueId, intervals);

    public Task<Dictionary<DateTimeOffset, QueueIntervalCounts>> IntervalsAsync(string queueId, DateTimeOffset from, DateTimeOffset to) =>
        store.IntervalsAsync(queueId, from, to);

    public Task SaveAgentDayAsync(AgentDayRecord day) => store.SaveAgentDayAsync(day);

    public Task<AgentDayRecord[]> AgentDaysAsync(string agentId, DateOnly from, DateOnly to) => store.AgentDaysAsync(agentId, from, to);
}
