namespace ContactCenter.Dashboard.Live;

/// <summary>
/// The live floor inside the front end: what the Blazor screens render and the hub serves.
/// <see cref="Changed"/> is raised at most every ~75 ms with the new view.
/// </summary>
public interface ILiveFloor
{
    LiveView Current { get; }

    /// <summary>False while the front end has lost its feed from the cluster: screens show "reconnecting / data as of".</summary>
    bool IsLive { get; }

    event Action<LiveView>? Changed;
}
