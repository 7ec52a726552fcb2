namespace ContactCenter.Domain.Configuration;

/// <summary>Everything that one queue's figures and rules are judged by, floor defaults merged with the queue's own.</summary>
public sealed class QueueSettings
{
    /// <summary>Service level threshold T: answered within T seconds.</summary>
    public double ServiceLevelSeconds { get; set; } = 20;

    public double ServiceLevelTarget { get; set; } = 0.8;

    /// <summary>Abandons within this grace count only as shortAbandoned.</summary>
    public double ShortAbandonSeconds { get; set; } = 5;

    public RuleOptions Rules { get; set; } = new();
}
