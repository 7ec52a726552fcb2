using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Calls;

namespace ContactCenter.Grains.Calls;

/// <summary>What to retract and what to add so a queue counts a call's new contributions instead of its old ones.</summary>
public static class CountingDiff
{
    public static (List<QueuedContribution> Retract, List<QueuedContribution> Add) Between(
        IReadOnlyList<QueuedContribution> before, IReadOnlyList<QueuedContribution> after)
    {
        var retract = new List<QueuedContribution>(before);
        var add = new List<QueuedContribution>();
        foreach (var c in after)
        {
            // Unchanged contributions cancel out; only real moves reach the queue.
            if (!retract.Remove(c))
            {
                add.Add(c);
            }
        }

        return (retract, add);
    }

    public static QueueContribution[] For(List<QueuedContribution> contributions, string queueId)
    {
        var count = 0;
        foreach (var c in contributions)
        {
            count += c.QueueId == queueId ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var result = new QueueContribution[count];
        var i = 0;
        foreach (var c in contributions)
        {
            if (c.QueueId == queueId)
            {
                result[i++] = c.Contribution;
            }
        }

        return result;
    }
}
