using ContactCenter.Contracts.Live;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace ContactCenter.Grains.Live;

/// <summary>
/// Which front ends listen. Observers are transient, so each front end renews its lease every few
/// seconds and one that stops renewing is dropped after <see cref="Lease"/>.
/// </summary>
public sealed class LiveFeedRegistryGrain : Grain, ILiveFeedRegistryGrain
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly ObserverManager<ILiveFeed> feeds;

    public LiveFeedRegistryGrain(ILogger<LiveFeedRegistryGrain> logger) => feeds = new ObserverManager<ILiveFeed>(Lease, logger);

    public ValueTask Subscribe(ILiveFeed feed)
    {
        feeds.Subscribe(feed, feed);
        return ValueTask.CompletedTask;
    }

    public ValueTask Unsubscribe(ILiveFeed feed)
    {
        feeds.Unsubscribe(feed);
        return ValueTask.CompletedTask;
    }

    public ValueTask<ILiveFeed[]> GetFeeds()
    {
        feeds.ClearExpired();
        return ValueTask.FromResult(feeds.Observers.Values.ToArray());
    }
}
