namespace ContactCenter.Grains.History;

/// <summary>A grain that keeps an outbox for the history store in its state and sends itself this message to empty it.</summary>
public interface IHistoryFlushGrain : IGrainWithStringKey
{
    Task FlushHistory();
}
