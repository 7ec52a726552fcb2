namespace ContactCenter.Grains.Aggregates;

/// <summary>
/// Group commit towards one grain: an update sent while the previous delivery is under way waits
/// and goes with everything else that arrived meanwhile. An idle lane delivers after one yield to
/// the thread pool (no timer), so a quiet floor pays one round trip; a busy one pays one call and
/// one state write per batch, not per event.
/// Every sender learns the outcome of the delivery that carried its update.
/// </summary>
internal sealed class UpdateLane<TItem, TResult>(Func<List<TItem>, Task<TResult>> deliver)
{
    private readonly Lock gate = new();
    private List<TItem> items = [];
    private List<TaskCompletionSource<TResult>> senders = [];
    private bool delivering;

    public Task<TResult> Send(TItem item)
    {
        var sender = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (gate)
        {
            items.Add(item);
            senders.Add(sender);
            start = !delivering;
            delivering = true;
        }

        if (start)
        {
            // Off the sending grain's scheduler: the lane outlives the turn that started it.
            _ = Task.Run(DeliverAllAsync);
        }

        return sender.Task;
    }

    private async Task DeliverAllAsync()
    {
        // A lane started during a catch-up carries on for later, live senders: it is nobody's catch-up.
        RequestContext.Remove(Alerts.CatchUp.ContextKey);
        while (true)
        {
            // One pass through the thread pool's queue before taking the batch: the other grains of
            // the same burst of events send theirs meanwhile. Measured on the event path: a queue
            // wrote 0.70 times an event without it, 0.47 with it (one yield did what more did).
            await Task.Yield();
            List<TItem> batch;
            List<TaskCompletionSource<TResult>> waiting;
            lock (gate)
            {
                if (items.Count == 0)
                {
                    delivering = false;
                    return;
                }

                (batch, waiting) = (items, senders);
                (items, senders) = ([], []);
            }

            try
            {
                var result = await deliver(batch).ConfigureAwait(false);
                foreach (var sender in waiting)
                {
                    sender.SetResult(result);
                }
            }
            catch (Exception e)
            {
                foreach (var sender in waiting)
                {
                    sender.SetException(e);
                }
            }
        }
    }
}
