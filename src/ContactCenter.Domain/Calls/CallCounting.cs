using ContactCenter.Contracts.Floor;

namespace ContactCenter.Domain.Calls;

/// <summary>
/// What a call counts for in its queues' figures, derived from its facts alone (DOMAIN.md,
/// counting): offered when it entered a queue, answered with its wait, abandoned with its wait,
/// completed with talk + hold at its end. Recomputed after every event and diffed, so a late
/// event moves a figure rather than counting it twice.
/// </summary>
public static class CallCounting
{
    public static List<QueuedContribution> Contributions(CallFacts facts)
    {
        var result = new List<QueuedContribution>(4);
        foreach (var segment in facts.Segments)
        {
            if (segment.QueueId is not { } queue)
            {
                continue;
            }

            if (segment.Outbound)
            {
                result.Add(new(queue, new(QueueContributionKind.Dialed, segment.EnteredAt, 0)));
                continue;
            }

            result.Add(new(queue, new(QueueContributionKind.Offered, segment.EnteredAt, 0)));
            if (segment.AnsweredAt is { } answered)
            {
                result.Add(new(queue, new(QueueContributionKind.Answered, answered, Seconds(segment.EnteredAt, answered))));
            }
            else if (segment.AbandonedAt is { } abandoned)
            {
                result.Add(new(queue, new(QueueContributionKind.Abandoned, abandoned, Seconds(segment.EnteredAt, abandoned))));
            }
        }

        if (facts is { State: Contracts.Floor.CallState.Ended, AnsweredAt: not null, EndedAt: { } ended, QueueId: { } last })
        {
            result.Add(new(last, new(QueueContributionKind.Completed, ended, facts.TalkSeconds + facts.HoldSeconds)));
        }

        return result;
    }

    private static double Seconds(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (to - from).TotalSeconds);
}
