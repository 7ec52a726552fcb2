using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Rules;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// Judges a subject's rules and tells the alert grains only what changed: a rule newly holding
/// or at a new severity raises, a rule no longer holding clears. Returns the next moment to look
/// again, and whether the set of raised alerts changed. While <c>raisesWaitUntil</c> lies ahead
/// (a <see cref="CatchUp"/>), nothing new is raised and the next look is no later than then.
/// </summary>
public static class SubjectAlerts
{
    public static async Task<(DateTimeOffset? Next, bool Changed)> EvaluateAsync<TSubject>(
        IGrainFactory grains,
        IReadOnlyList<IAlertRule<TSubject>> rules,
        TSubject subject,
        string subjectId,
        Dictionary<AlertRule, AlertSeverity> raised,
        Func<AlertRule, RuleVerdict, AlertCondition> describe,
        DateTimeOffset now,
        DateTimeOffset? raisesWaitUntil = null)
    {
        DateTimeOffset? next = null;
        var changed = false;
        foreach (var rule in rules)
        {
            var verdict = rule.Evaluate(subject, now);
            if (verdict.NextChangeAt is { } change && (next is null || change < next))
            {
                next = change;
            }

            if (verdict.Severity is { } severity)
            {
                if (!raised.TryGetValue(rule.Rule, out var known) || known != severity)
                {
                    if (raisesWaitUntil is { } wait)
                    {
                        next = next is null || wait < next ? wait : next;
                        continue;
                    }

                    await grains.GetGrain<IAlertGrain>(AlertKeys.GrainKey(rule.Rule, subjectId)).Raise(describe(rule.Rule, verdict));
                    raised[rule.Rule] = severity;
                    changed = true;
                }
            }
            else if (raised.Remove(rule.Rule))
            {
                await grains.GetGrain<IAlertGrain>(AlertKeys.GrainKey(rule.Rule, subjectId)).Clear();
                changed = true;
            }
        }

        return (next, changed);
    }
}
