namespace ContactCenter.Domain.Configuration;

/// <summary>LongCall: talk + hold above a multiple of the queue's AHT today, never below a floor.</summary>
public sealed class LongCallOptions
{
    public double WarningAhtMultiple { get; set; } = 2;

    public double CriticalAhtMultiple { get; set; } = 3;

    public double WarningMinimumSeconds { get; set; } = 600;

    public double CriticalMinimumSeconds { get; set; } = 1200;

    /// <summary>The queue's AHT counts only once this many calls completed today.</summary>
    public int MinimumCompletedCalls { get; set; } = 20;
}
