using ContactCenter.Domain.Queues;
using ContactCenter.History.Records;

namespace ContactCenter.History.Store;

/// <summary>Copies a queue interval's counts to and from their columns.</summary>
internal static class IntervalColumns
{
    public static void Write(QueueIntervalCounts c, StoredInterval row)
    {
        row.Offered = c.Offered;
        row.Answered = c.Answered;
        row.Abandoned = c.Abandoned;
        row.ShortAbandoned = c.ShortAbandoned;
        row.AnsweredWithinThreshold = c.AnsweredWithinThreshold;
        row.AbandonedAfterThreshold = c.AbandonedAfterThreshold;
        row.Completed = c.Completed;
        row.Dialed = c.Dialed;
        row.Handled = c.Handled;
        row.TransferredIn = c.TransferredIn;
        row.TransferredOut = c.TransferredOut;
        row.Overflowed = c.Overflowed;
        row.Blocked = c.Blocked;
        row.WaitTicks = c.WaitTicks;
        row.HandleTicks = c.HandleTicks;
        row.AbandonWaitTicks = c.AbandonWaitTicks;
        row.MaxWaitTicks = c.MaxWaitTicks;
    }

    public static QueueIntervalCounts Read(StoredInterval row) => new()
    {
        Offered = row.Offered,
        Answered = row.Answered,
        Abandoned = row.Abandoned,
        ShortAbandoned = row.ShortAbandoned,
        AnsweredWithinThreshold = row.AnsweredWithinThreshold,
        AbandonedAfterThreshold = row.AbandonedAfterThreshold,
        Completed = row.Completed,
        Dialed = row.Dialed,
        Handled = row.Handled,
        TransferredIn = row.TransferredIn,
        TransferredOut = row.TransferredOut,
        Overflowed = row.Overflowed,
        Blocked = row.Blocked,
        WaitTicks = row.WaitTicks,
        HandleTicks = row.HandleTicks,
        AbandonWaitTicks = row.AbandonWaitTicks,
        LongestWaitTicks = row.MaxWaitTicks is { } longest ? [longest] : null,
    };
}
