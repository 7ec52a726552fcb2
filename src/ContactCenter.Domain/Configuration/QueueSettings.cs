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

    /// <summary>
    /// Where no QueueWait warning level is configured, the queue's own T is the level (DOMAIN.md:
    /// "longest wait above T"); the critical level is never below the warning level.
    /// </summary>
    public QueueSettings WithQueueWaitDefaults(bool warningConfigured)
    {
        var wait = Rules.QueueWait;
        if (!warningConfigured)
        {
            wait.Warning = ServiceLevelSeconds;
        }

        wait.Critical = Math.Max(wait.Critical, wait.Warning);
        return this;
    }
}
