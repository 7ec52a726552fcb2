namespace ContactCenter.Domain.Configuration;

/// <summary>How alerts escalate and settle (DOMAIN.md, lifecycle).</summary>
public sealed class AlertLifecycleOptions
{
    /// <summary>An unacknowledged warning becomes critical after this long.</summary>
    public double EscalateAfterSeconds { get; set; } = 120;

    /// <summary>An unacknowledged critical is shown to the whole floor after this much more.</summary>
    public double WidenAfterSeconds { get; set; } = 120;

    /// <summary>A condition back within this long reopens the same alert.</summary>
    public double CooldownSeconds { get; set; } = 60;

    public int MaxSnoozeMinutes { get; set; } = 30;
}
