using ContactCenter.Dashboard.Live;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>The live floor as a test drives it: set a view, then push it as the pipeline would.</summary>
public sealed class FakeFloorLive : ILiveFloor
{
    public LiveView Current { get; private set; } = LiveView.Empty;

    public bool IsLive { get; set; } = true;

    public event Action<LiveView>? Changed;

    public void Push(LiveView view)
    {
        Current = view;
        Changed?.Invoke(view);
    }
}
