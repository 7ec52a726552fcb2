namespace ContactCenter.Domain.Configuration;

/// <summary>The alert rules' thresholds, defaults from DOMAIN.md. Durations in seconds.</summary>
public sealed class RuleOptions
{
    public Threshold LongHold { get; set; } = new(60, 120);

    public Threshold RepeatedHold { get; set; } = new(3, 5);

    public LongCallOptions LongCall { get; set; } = new();

    public Threshold QueueWait { get; set; } = new(20, 60);

    public ServiceLevelRuleOptions ServiceLevel { get; set; } = new();

    public Threshold VipWaiting { get; set; } = new(10, 30);

    public Threshold MultipleTransfers { get; set; } = new(2, 3);

    public Threshold LongWrapUp { get; set; } = new(180, 300);

    public LongNotReadyOptions LongNotReady { get; set; } = new();

    public Threshold AgentStrain { get; set; } = new(3, 5);
}
