namespace ContactCenter.Domain.Configuration;

/// <summary>LongNotReady: a warning per reason code, critical a fixed time later.</summary>
public sealed class LongNotReadyOptions
{
    public double DefaultSeconds { get; set; } = 900;

    public double CriticalExtraSeconds { get; set; } = 900;

    /// <summary>Warning level per not-ready reason (lower case); reasons not listed use <see cref="DefaultSeconds"/>.</summary>
    public Dictionary<string, double> Reasons { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lunch"] = 3600,
        ["training"] = 5400,
        ["meeting"] = 5400,
    };

    public double WarningFor(string? reason) =>
        reason is not null && Reasons.TryGetValue(reason, out var seconds) ? seconds : DefaultSeconds;
}
