using ContactCenter.Dashboard.Live;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>The live floor as a test drives it: set a view, then push it as the pipeline would.</summary>
public sealed class FakeFloorLive : IFloorLive
{
    public FloorView Current { get; private set; } = FloorView.Empty;

    public bool IsLive { get; set; } = true;

    public event Action<FloorView>? Changed;

    public void Push(FloorView view)
    {
        Current = view;
        Changed?.Invoke(view);
    }
}
