using ContactCenter.Grains.Pacing;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Grains.Live;

/// <summary>
/// A scope grain's outgoing changes: coalesced by key (the last change to a row wins) and pushed
/// to every listening front end a moment later (<see cref="FlushDelay"/> of real time, through a
/// <see cref="DelayedSelfCall"/>), so a burst of events is one message per front end, not one per
/// event. The list of front ends is re-read every few seconds, not per flush.
/// </summary>
public sealed class FeedPublisher
{
    public static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan FeedListAge = TimeSpan.FromSeconds(5);

    private readonly IGrainFactory grains;
    private readonly TimeProvider wallClock;
    private readonly DelayedSelfCall flush;
    private readonly Func<IEnumerable<LiveChange>>? lastMinute;
    private readonly Dictionary<string, LiveChange> pending = [];
    private ILiveFeed[] feeds = [];
    private DateTimeOffset feedsReadAt = DateTimeOffset.MinValue;

    /// <param name="lastMinute">Changes computed only at flush time (a queue's headline figures), not per event.</param>
    /// <param name="flush">Brings the grain back to <see cref="FlushAsync"/> after <see cref="FlushDelay"/>.</param>
    public FeedPublisher(IGrainFactory grains, TimeProvider wallClock, DelayedSelfCall flush, Func<IEnumerable<LiveChange>>? lastMinute = null)
    {
        this.grains = grains;
        this.wallClock = wallClock;
        this.flush = flush;
        this.lastMinute = lastMinute;
    }

    public void Add(LiveChange change)
    {
        pending[change.Key] = change;
        flush.Ask();
    }

    /// <summary>Asks for a flush with nothing queued, for changes that <c>lastMinute</c> computes.</summary>
    public void Touch() => flush.Ask();

    public async Task FlushAsync()
    {
        flush.Arrived();
        if (lastMinute is not null)
        {
            foreach (var change in lastMinute())
            {
                pending[change.Key] = change;
            }
        }

        if (pending.Count == 0)
        {
            return;
        }

        var batch = pending.Values.ToArray();
        pending.Clear();
        foreach (var feed in await FeedsAsync())
        {
            // Observer calls are one-way: a slow or gone front end does not hold the grain up.
            feed.OnChanges(batch);
        }
    }

    private async ValueTask<ILiveFeed[]> FeedsAsync()
    {
        var now = wallClock.GetUtcNow();
        if (now - feedsReadAt > FeedListAge)
        {
            feeds = await grains.GetGrain<ILiveFeedRegistryGrain>(0).GetFeeds();
            feedsReadAt = now;
        }

        return feeds;
    }
}
