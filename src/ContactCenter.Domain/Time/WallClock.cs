using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Domain.Time;

/// <summary>
/// The keyed <see cref="TimeProvider"/> for work paced in real time rather than floor time:
/// state writes, pushes to front ends, the screens' refresh. Rules follow the floor's clock (the
/// unkeyed TimeProvider); these follow this one, so a replay that runs the floor's clock faster
/// than real time does not multiply them. The system clock unless a host says otherwise.
/// </summary>
public static class WallClock
{
    public const string Key = "wall-clock";

    /// <summary>The wall clock a host registered under <see cref="Key"/>.</summary>
    public static TimeProvider From(IServiceProvider services) => services.GetRequiredKeyedService<TimeProvider>(Key);
}
