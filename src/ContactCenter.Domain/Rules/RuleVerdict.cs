using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>
/// A rule's judgement: the severity reached (none if the condition does not hold), since when
/// the condition holds, and the next moment time alone would change the judgement (the moment
/// to arm a timer for).
/// </summary>
public readonly record struct RuleVerdict(AlertSeverity? Severity, DateTimeOffset Since, DateTimeOffset? NextChangeAt, string Detail)
{
    public static RuleVerdict None(DateTimeOffset? nextChangeAt = null) => new(null, default, nextChangeAt, string.Empty);

    public bool Holds => Severity is not null;
}
