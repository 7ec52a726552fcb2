using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>One rule of DOMAIN.md judged on one subject at one moment.</summary>
public interface IAlertRule<in TSubject>
{
    AlertRule Rule { get; }

    RuleVerdict Evaluate(TSubject subject, DateTimeOffset now);
}
