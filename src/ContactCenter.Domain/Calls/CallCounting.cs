using ContactCenter.Contracts.Floor;

namespace ContactCenter.Domain.Calls;

/// <summary>
/// What a call counts for in its queues' figures, derived from its facts alone (DOMAIN.md,
/// counting): offered when it entered a queue, answered with its wait, abandoned with its wait,
/// overflowed (left by the queue's timeout, a key or its emptying) with its wait, blocked (refused entry, not offered),
/// transferred out of one queue and into the next, completed once at its end in its last queue.
/// Handle time is not here: each agent's leg of the call counts it (see HandledLeg).
/// Recomputed after every event and diffed, so a late event moves a figure rather than counting
/// it twice.
/// </summary>
public static class CallCounting
{
    public static List<QueuedContribution> Contributions(CallFacts facts)
    {
        var result = new List<QueuedContribution>(4);
        string? previousQueue = null;
        foreach (var segment in facts.Segments)
        {
            if (segment.ViaTransfer && previousQueue is not null)
            {
                result.Add(new(previousQueue, new(QueueContributionKind.TransferredOut, segment.EnteredAt, 0)));
            }

            previousQueue = segment.QueueId;
            if (segment.QueueId is not { } queue)
            {
                continue;
            }

            if (segment.Blocked)
            {
                result.Add(new(queue, new(QueueContributionKind.Blocked, segment.EnteredAt, 0)));
                continue;
            }

            if (segment.Outbound)
            {
                result.Add(new(queue, new(QueueContributionKind.Dialed, segment.EnteredAt, 0)));
                continue;
            }

            result.Add(new(queue, new(QueueContributionKind.Offered, segment.EnteredAt, 0)));
            if (segment.ViaTransfer)
            {
                result.Add(new(queue, new(QueueContributionKind.TransferredIn, segment.EnteredAt, 0)));
            }

            if (segment.AnsweredAt is { } answered)
            {
                result.Add(new(queue, new(QueueContributionKind.Answered, answered, Seconds(segment.EnteredAt, answered))));
            }
            else if (segment.AbandonedAt is { } abandoned)
            {
                result.Add(new(queue, new(QueueContributionKind.Abandoned, abandoned, Seconds(segment.EnteredAt, abandoned))));
            }
            else if (segment.OverflowedAt is { } overflowed)
            {
                result.Add(new(queue, new(QueueContributionKind.Overflowed, overflowed, Seconds(segment.EnteredAt, overflowed))));
            }
        }

        if (facts is { State: CallState.Ended, AnsweredAt: not null, EndedAt: { } ended, QueueId: { } last })
        {
            result.Add(new(last, new(QueueContributionKind.Completed, ended, 0)));
        }

        return result;
    }

    private static double Seconds(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (to - from).TotalSeconds);
}
