namespace ContactCenter.Contracts.Live;

/// <summary>
/// A front end's observer of the floor: aggregates push batches of changes to it. Best effort:
/// a front end that re-registers after a gap takes a fresh snapshot.
/// </summary>
public interface ILiveFeed : IGrainObserver
{
    void OnChanges(LiveChange[] changes);
}
