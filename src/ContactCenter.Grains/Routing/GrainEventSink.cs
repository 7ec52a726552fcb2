using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Grains;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.Grains.Alerts;

namespace ContactCenter.Grains.Routing;

/// <summary>
/// Routes a batch of validated events to their subjects' grains, no grain that every event
/// passes through. <see cref="BatchWalks"/> says the order: calls tied to no agent in the batch
/// first (in parallel), then each group of calls and agents the batch (or a call's agent before
/// it) ties together, in time order within a group, the groups in parallel; consecutive events
/// of one subject go in one grain call.
/// Offers still refused because the agent was busy get one more try once the rest of the batch
/// has landed.
/// </summary>
public sealed class GrainEventSink(IGrainFactory grains, TimeProvider? wallClock = null) : IEventSink
{
    /// <summary>Paces retries (the wall clock, not the floor's: a replay may run the floor's clock fast).</summary>
    private const int LookupAttempts = 3;

    private readonly TimeProvider pacing = wallClock ?? TimeProvider.System;

    /// <summary>Waits before the second and third attempt at a batch a silo turned away.</summary>
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400)];

    /// <summary>
    /// Applies the batch; a batch turned away because a silo is stopping or has just gone, or whose
    /// answer did not come in time (a request caught in a stopping silo's hand-over can wait out
    /// the response timeout), is applied again: events are idempotent by id, so those already
    /// applied come back as duplicates, and a rolling restart is no error for a connector. A
    /// failure that outlasts the retries is the caller's to report.
    /// </summary>
    public async ValueTask<IngestResult> IngestAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await ApplyAsync(events);
            }
            catch (Exception e) when (attempt < Backoff.Length && TransientFailure.Is(e))
            {
                await Task.Delay(Backoff[attempt], pacing, cancellationToken);
            }
        }
    }

    /// <summary>The batch with the catch-up mark in the request context: every grain it reaches, and the agents its calls reach, hold new raises back.</summary>
    public async ValueTask<IngestResult> CatchUpAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default)
    {
        RequestContext.Set(CatchUp.ContextKey, true);
        try
        {
            return await IngestAsync(events, cancellationToken);
        }
        finally
        {
            RequestContext.Remove(CatchUp.ContextKey);
        }
    }

    private async Task<IngestResult> ApplyAsync(IReadOnlyList<FloorEvent> events)
    {
        var verdicts = new EventVerdict[events.Count];
        var plan = await BatchWalks.OfAsync(events, AgentsOfAsync);
        await Task.WhenAll(plan.UnlinkedCalls.Select(run => ApplyRun(run, events, verdicts)));
        // Walks share no call and no agent, so they run side by side: their updates to queues
        // and teams then meet in the aggregates' lanes and are written together.
        await Task.WhenAll(plan.Walks.Select(walk => ApplyWalk(walk, events, verdicts)));
        await RetryBusyAgentRefusals(events, verdicts);
        await HandFlags.FlagCallsAsync(grains, events, verdicts);
        return Summarise(events, verdicts);
    }

    /// <summary>Who each call is with before the batch: a walk must include that agent too, whom the call hands its events to.</summary>
    private async Task<IReadOnlyDictionary<string, string>> AgentsOfAsync(List<string> calls)
    {
        var agents = await Task.WhenAll(calls.Select(AgentOfAsync));
        var agentsOfCalls = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < calls.Count; i++)
        {
            if (agents[i] is { } agent)
            {
                agentsOfCalls[calls[i]] = agent;
            }
        }

        return agentsOfCalls;
    }

    /// <summary>
    /// A lookup changes nothing, so one that met a silo leaving the cluster (its answer lost in
    /// the hand-over, a timeout) is asked again rather than failing the whole batch.
    /// </summary>
    private async Task<string?> AgentOfAsync(string call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await grains.GetGrain<ICallGrain>(call).AgentNow();
            }
            catch (Exception e) when (attempt < LookupAttempts && TransientFailure.Is(e))
            {
            }
        }
    }

    private async Task ApplyWalk(List<SubjectRun> walk, IReadOnlyList<FloorEvent> events, EventVerdict[] verdicts)
    {
        foreach (var run in walk)
        {
            await ApplyRun(run, events, verdicts);
        }
    }

    private async Task ApplyRun(SubjectRun run, IReadOnlyList<FloorEvent> events, EventVerdict[] verdicts)
    {
        var batch = new FloorEvent[run.Indices.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = events[run.Indices[i]];
        }

        var results = run.IsCall
            ? await grains.GetGrain<ICallGrain>(run.Key).Apply(batch)
            : await grains.GetGrain<IAgentGrain>(run.Key).Apply(batch);
        for (var i = 0; i < results.Length; i++)
        {
            verdicts[run.Indices[i]] = results[i];
        }
    }

    private Task RetryBusyAgentRefusals(IReadOnlyList<FloorEvent> events, EventVerdict[] verdicts)
    {
        // Almost every batch has no such refusal: allocate only when one is found.
        HashSet<string>? refusedCalls = null;
        for (var i = 0; i < events.Count; i++)
        {
            if (verdicts[i] is { Kind: EventVerdictKind.Rejected, Field: "agentId" or "toAgentId" } && events[i].Type.IsCallEvent())
            {
                (refusedCalls ??= new HashSet<string>(StringComparer.Ordinal)).Add(events[i].CallId!);
            }
        }

        if (refusedCalls is null)
        {
            return Task.CompletedTask;
        }

        var retries = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (verdicts[i].Kind == EventVerdictKind.Rejected && events[i].Type.IsCallEvent() && refusedCalls.Contains(events[i].CallId!))
            {
                (retries.TryGetValue(events[i].CallId!, out var list) ? list : retries[events[i].CallId!] = []).Add(i);
            }
        }

        return Task.WhenAll(retries.Select(pair => ApplyRun(new SubjectRun(true, pair.Key, [.. pair.Value]), events, verdicts)));
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
