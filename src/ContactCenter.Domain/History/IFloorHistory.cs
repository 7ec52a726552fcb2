using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Audit;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.History;

/// <summary>
/// The floor's history: what outlives the grains (finished calls, closed intervals, agents'
/// days, alerts, the audit trail). A write completes once it is durable in the store; writes
/// from many grains are committed together, so a caller pays for a batch, not a transaction.
/// </summary>
public interface IFloorHistory
{
    /// <summary>How long finished calls are kept: an event of a call older than this cannot be told from a repeat.</summary>
    TimeSpan KeepsCallsFor { get; }

    Task AppendAuditAsync(AuditEntry entry);

    /// <summary>The audit trail of one UTC day, in time order.</summary>
    Task<AuditEntry[]> AuditOfDayAsync(DateOnly day);

    /// <summary>Keeps the alert as it is now: its whole lifecycle, joins and notes.</summary>
    Task SaveAlertAsync(AlertSnapshot alert);

    /// <summary>The alerts raised in [from, to), newest first.</summary>
    Task<AlertSnapshot[]> AlertsAsync(DateTimeOffset from, DateTimeOffset to);

    /// <summary>Stores (or replaces) a finished call: its masked snapshot and the state its grain needs to come back.</summary>
    Task ArchiveCallAsync(ArchivedCall call);

    Task<ArchivedCall?> FindCallAsync(string callId);

    /// <summary>Replaces the stored counts of these intervals of a queue.</summary>
    Task SaveIntervalsAsync(string queueId, IReadOnlyCollection<KeyValuePair<DateTimeOffset, QueueIntervalCounts>> intervals);

    /// <summary>The stored intervals of a queue that start in [from, to).</summary>
    Task<Dictionary<DateTimeOffset, QueueIntervalCounts>> IntervalsAsync(string queueId, DateTimeOffset from, DateTimeOffset to);

    Task SaveAgentDayAsync(AgentDayRecord day);

    /// <summary>An agent's stored day parts from <paramref name="from"/> to <paramref name="to"/>, both included, in date order (live part first); <see cref="AgentDayRecord.Combine"/> adds them up.</summary>
    Task<AgentDayRecord[]> AgentDaysAsync(string agentId, DateOnly from, DateOnly to);
}
