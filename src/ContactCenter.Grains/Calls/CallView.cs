using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Privacy;

namespace ContactCenter.Grains.Calls;

/// <summary>How a call is shown: the API snapshot and the queue's row. The caller number is masked in both.</summary>
public static class CallView
{
    public static CallSnapshot Snapshot(string callId, CallFacts facts, CallGrainState state, DateTimeOffset now) => new(
        callId,
        facts.QueueId,
        facts.AgentId,
        facts.Direction,
        facts.Tier,
        facts.State!.Value,
        CallerNumberMask.Mask(facts.CallerNumber),
        facts.FirstQueuedAt,
        facts.OfferedAt,
        facts.AnsweredAt,
        facts.EndedAt,
        facts.WaitAt(now),
        facts.RingAt(now),
        facts.TalkAt(now),
        facts.HoldAt(now),
        facts.CurrentHoldAt(now),
        facts.HoldCount,
        facts.TransferCount,
        facts.EndReason,
        Flags(state),
        state.Timeline.Entries
            .Select(e => new CallTimelineEntry(e.EventId, e.Type, e.At, e.AgentId, e.ToQueueId ?? e.ToAgentId ?? e.EndReason?.ToString()))
            .ToArray(),
        now);

    public static CallRow Row(string callId, CallFacts facts, CallGrainState state) => new(
        callId,
        facts.QueueId!,
        facts.State!.Value,
        facts.AgentId,
        facts.Tier,
        CallerNumberMask.Mask(facts.CallerNumber),
        facts.WaitingSince ?? facts.FirstQueuedAt ?? facts.StateSince,
        facts.AnsweredAt,
        facts.HoldingSince,
        facts.HoldCount,
        Flags(state));

    private static string[] Flags(CallGrainState state) =>
        [.. state.Raised.Keys.Order().Select(rule => rule.ToString()), .. state.Flags];
}
