namespace ContactCenter.Grains.Live;

/// <summary>A scope grain that pushes its coalesced changes to front ends when it receives this message from itself.</summary>
public interface IFeedGrain : IGrainWithStringKey
{
    Task FlushFeed();
}
