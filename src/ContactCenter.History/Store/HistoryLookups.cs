using ContactCenter.History.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactCenter.History.Store;

/// <summary>
/// The point lookups on the event path, compiled once. A LINQ query (and <c>FindAsync</c>) pays
/// on every call for extracting its parameters and hashing its expression tree into a cache key:
/// in the profile of the grain path that was a fifth of the history's CPU, asked once for every
/// new call and once for every archived call or saved alert. EF Core binds a compiled query to
/// the model of the first context it runs on, so each store keeps its own set.
/// </summary>
internal sealed class HistoryLookups
{
    /// <summary>What a call's activation needs of an archived call, untracked.</summary>
    public Func<HistoryContext, string, Task<ArchivedCallRow?>> ArchivedCall { get; } = EF.CompileAsyncQuery(
        (HistoryContext c, string callId) => c.Calls.AsNoTracking().Where(x => x.CallId == callId).Select(x => new ArchivedCallRow(x.Snapshot, x.GrainState)).FirstOrDefault());

    public Func<HistoryContext, string, Task<StoredCall?>> Call { get; } = EF.CompileAsyncQuery(
        (HistoryContext c, string callId) => c.Calls.FirstOrDefault(x => x.CallId == callId));

    public Func<HistoryContext, string, Task<StoredAlert?>> Alert { get; } = EF.CompileAsyncQuery(
        (HistoryContext c, string alertId) => c.Alerts.FirstOrDefault(x => x.AlertId == alertId));

    public Func<HistoryContext, string, DateTime, Task<StoredInterval?>> Interval { get; } = EF.CompileAsyncQuery(
        (HistoryContext c, string queueId, DateTime start) => c.Intervals.FirstOrDefault(x => x.QueueId == queueId && x.Start == start));

    public Func<HistoryContext, string, DateOnly, bool, Task<StoredAgentDay?>> AgentDay { get; } = EF.CompileAsyncQuery(
        (HistoryContext c, string agentId, DateOnly day, bool late) => c.AgentDays.FirstOrDefault(x => x.AgentId == agentId && x.Day == day && x.Late == late));
}

internal sealed record ArchivedCallRow(string Snapshot, byte[] GrainState);
