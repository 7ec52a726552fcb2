namespace ContactCenter.Domain.Configuration;

/// <summary>ServiceLevel: the interval's service level below target once enough calls decided it.</summary>
public sealed class ServiceLevelRuleOptions
{
    public int MinimumDecidedCalls { get; set; } = 10;

    /// <summary>Critical below target minus this many points (0.20 = 20 points).</summary>
    public double CriticalPointsBelowTarget { get; set; } = 0.20;
}
