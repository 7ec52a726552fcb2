namespace ContactCenter.Grains.Persistence;

/// <summary>A grain that writes its state a while after it changes; the write arrives as a message to itself, so it never interleaves with a request.</summary>
public interface IWriteBehindGrain : IGrainWithStringKey
{
    Task FlushState();
}
