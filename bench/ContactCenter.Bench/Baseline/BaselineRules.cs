using ContactCenter.Contracts.Alerts;
using ContactCenter.Domain.Rules;

namespace ContactCenter.Bench.Baseline;

/// <summary>Judges a subject's rules and keeps what is raised, as the grains' SubjectAlerts does, minus the alert grains.</summary>
public static class BaselineRules
{
    public static int Judge<TSubject>(IReadOnlyList<IAlertRule<TSubject>> rules, TSubject subject, Dictionary<AlertRule, AlertSeverity> raised, DateTimeOffset now)
    {
        var raisedNow = 0;
        foreach (var rule in rules)
        {
            var verdict = rule.Evaluate(subject, now);
            if (verdict.Severity is { } severity)
            {
                if (!raised.TryGetValue(rule.Rule, out var known) || known != severity)
                {
                    raised[rule.Rule] = severity;
                    raisedNow++;
                }
            }
            else
            {
                raised.Remove(rule.Rule);
            }
        }

        return raisedNow;
    }
}
