using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Grains;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Grains.Routing;

/// <summary>
/// Routes a batch of validated events to their subjects' grains: one grain call per call or
/// agent per batch, no grain that every event passes through. Calls that share an agent in the
/// batch are applied one after another in time order (their agent must see them in that order),
/// everything else in parallel. Call events go first, so an agent's own event with the same time
/// as a call's end lands after it; offers still refused because the agent was busy get one more
/// try once the rest of the batch has landed.
/// </summary>
public sealed class GrainEventSink(IGrainFactory grains) : IFloorEventSink
{
    public async ValueTask<IngestResult> IngestAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default)
    {
        var verdicts = new EventVerdict[events.Count];
        var calls = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var agents = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var (subjects, key) = IsCallEvent(e.Type) ? (calls, e.CallId!) : (agents, e.AgentId!);
            if (!subjects.TryGetValue(key, out var indices))
            {
                subjects[key] = indices = new List<int>(2);
            }

            indices.Add(i);
        }

        await ApplyCalls(calls, events, verdicts);
        await RetryBusyAgentRefusals(calls, events, verdicts);
        await ApplyAll(agents, events, verdicts, (key, batch) => grains.GetGrain<IAgentGrain>(key).Apply(batch));
        return Summarise(events, verdicts);
    }

    public static bool IsCallEvent(FloorEventType type) => type <= FloorEventType.CallAbandoned;

    private Task ApplyCalls(Dictionary<string, List<int>> calls, IReadOnlyList<FloorEvent> events, EventVerdict[] verdicts)
    {
        var chains = CallChains.Of(calls, events);
        var tasks = new List<Task>(chains.Count);
        foreach (var chain in chains)
        {
            tasks.Add(ApplyChain(chain, calls, events, verdicts));
        }

        return Task.WhenAll(tasks);
    }

    private async Task ApplyChain(List<string> chain, Dictionary<string, List<int>> calls, IReadOnlyList<FloorEvent> events, EventVerdict[] verdicts)
    {
        foreach (var call in chain)
        {
            await ApplyOne(call, calls[call], events, verdicts, (key, batch) => grains.GetGrain<ICallGrain>(key).Apply(batch));
        }
    }

    private static Task ApplyAll(
        Dictionary<string, List<int>> subjects,
        IReadOnlyList<FloorEvent> events,
        EventVerdict[] verdicts,
        Func<string, FloorEvent[], ValueTask<EventVerdict[]>> apply)
    {
        var tasks = new List<Task>(subjects.Count);
        foreach (var (key, indices) in subjects)
        {
            tasks.Add(ApplyOne(key, indices, events, verdicts, apply));
        }

        return Task.WhenAll(tasks);
    }

    private static async Task ApplyOne(
        string key,
        List<int> indices,
        IReadOnlyList<FloorEvent> events,
        EventVerdict[] verdicts,
        Func<string, FloorEvent[], ValueTask<EventVerdict[]>> apply)
    {
        var batch = new FloorEvent[indices.Count];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = events[indices[i]];
        }

        var results = await apply(key, batch);
        for (var i = 0; i < results.Length; i++)
        {
            verdicts[indices[i]] = results[i];
        }
    }

    private async Task RetryBusyAgentRefusals(Dictionary<string, List<int>> calls, IReadOnlyList<FloorEvent> events, EventVerdict[] verdicts)
    {
        var retry = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (key, indices) in calls)
        {
            if (indices.Exists(i => verdicts[i] is { Kind: EventVerdictKind.Rejected, Field: "agentId" or "toAgentId" }))
            {
                retry[key] = indices.FindAll(i => verdicts[i].Kind == EventVerdictKind.Rejected);
            }
        }

        if (retry.Count > 0)
        {
            await ApplyAll(retry, events, verdicts, (key, batch) => grains.GetGrain<ICallGrain>(key).Apply(batch));
        }
    }

    private static IngestResult Summarise(IReadOnlyList<FloorEvent> events, EventVerdict[] verdicts)
    {
        int accepted = 0, duplicates = 0;
        var rejected = new List<RejectedEvent>();
        for (var i = 0; i < verdicts.Length; i++)
        {
            switch (verdicts[i].Kind)
            {
                case EventVerdictKind.Accepted: accepted++; break;
                case EventVerdictKind.Duplicate: duplicates++; break;
                default:
                    var v = verdicts[i];
                    rejected.Add(new RejectedEvent(i, events[i].EventId, v.Field ?? "type", v.Reason ?? "rejected", v.Detail));
                    break;
            }
        }

        return new IngestResult(accepted, duplicates, rejected);
    }
}
