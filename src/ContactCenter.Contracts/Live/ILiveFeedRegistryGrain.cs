namespace ContactCenter.Contracts.Live;

/// <summary>
/// The front ends currently listening (key 0). Each front end subscribes on a lease and renews it
/// every few seconds; aggregates read the list now and then and push to each. Touched per front
/// end every few seconds, never per event.
/// </summary>
public interface ILiveFeedRegistryGrain : IGrainWithIntegerKey
{
    ValueTask Subscribe(ILiveFeed feed);

    ValueTask Unsubscribe(ILiveFeed feed);

    ValueTask<ILiveFeed[]> GetFeeds();
}
