using ContactCenter.Dashboard.Localisation;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// A screen that follows the live floor: re-renders on each pushed view. Pushes arrive on a
/// background thread, so they are marshalled onto the circuit's dispatcher. Each view is cut down
/// to what the signed-in person may see (<see cref="VisibleFloor"/>) before any screen reads it.
/// </summary>
public abstract class LiveFloorComponent : ComponentBase, IDisposable
{
    [Inject]
    private ScreenCulture Culture { get; set; } = default!;

    [Inject]
    protected ILiveFloor Live { get; set; } = default!;

    /// <summary>Who is at this screen: the signed-in user (or the typed name while security is off).</summary>
    [Inject]
    protected SupervisorSession Session { get; set; } = default!;

    [Inject]
    protected FloorAccess Access { get; set; } = default!;

    /// <summary>The view this render shows; read once per render so one render never mixes two views.</summary>
    protected LiveView View { get; private set; } = LiveView.Empty;

    protected override void OnInitialized() => Live.Changed += OnFloorChanged;

    protected override void OnParametersSet() => View = Visible(Live.Current);

    public void Dispose()
    {
        Live.Changed -= OnFloorChanged;
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs a render started by a timer in the screen's language (see <see cref="ScreenCulture"/>).</summary>
    protected void InScreenCulture(Action render) => Culture.Apply(render);

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Called on the dispatcher with the new view before it renders; screens that fetch details react here.</summary>
    protected virtual void OnViewChanged(LiveView view)
    {
    }

    private LiveView Visible(LiveView view) => VisibleFloor.For(view, Session.User, Access);

    private void OnFloorChanged(LiveView view) => _ = ShowAsync(view);

    private async Task ShowAsync(LiveView view)
    {
        try
        {
            await InvokeAsync(() => Culture.Apply(() =>
            {
                View = Visible(view);
                OnViewChanged(View);
                StateHasChanged();
            }));
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the push and the render: nothing to show it on.
        }
    }
}
