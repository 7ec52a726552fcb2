using ContactCenter.Contracts.Live;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace ContactCenter.Grains.Live;

/// <summary>
/// Which front ends listen. Observers are transient, so each front end renews its lease every few
/// seconds and one that stops renewing is dropped after <see cref="Lease"/>.
/// </summary>
public sealed class FloorFeedRegistryGrain : Grain, IFloorFeedRegistryGrain
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly ObserverManager<IFloorFeed> feeds;

    public FloorFeedRegistryGrain(ILogger<FloorFeedRegistryGrain> logger) => feeds = new ObserverManager<IFloorFeed>(Lease, logger);

    public ValueTask Subscribe(IFloorFeed feed)
    {
        feeds.Subscribe(feed, feed);
        return ValueTask.CompletedTask;
    }

    public ValueTask Unsubscribe(IFloorFeed feed)
    {
        feeds.Unsubscribe(feed);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IFloorFeed[]> GetFeeds()
    {
        feeds.ClearExpired();
        return ValueTask.FromResult(feeds.Observers.Values.ToArray());
    }
}
