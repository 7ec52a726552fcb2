using System.Globalization;

namespace ContactCenter.Dashboard.Localisation;

/// <summary>
/// The language of one screen (one circuit), captured when the screen starts. A render that a push
/// or a timer starts runs on that thread's culture, not the screen's: without this, a Chinese
/// board would turn English at its first live update. Scoped: one per circuit.
/// </summary>
public sealed class ScreenCulture
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>Runs <paramref name="render"/> in the screen's language; call it inside the component's InvokeAsync.</summary>
    public void Apply(Action render)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        render();
    }
}
