using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Configuration;
using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>
/// Talk + hold far above what the queue's calls take today: a multiple of today's AHT once the
/// queue has enough completed calls, never below a floor (10 and 20 minutes by default).
/// </summary>
public sealed class LongCallRule : IAlertRule<CallRuleSubject>
{
    public AlertRule Rule => AlertRule.LongCall;

    public RuleVerdict Evaluate(CallRuleSubject s, DateTimeOffset now)
    {
        var call = s.Call;
        if (!call.IsConnected || call.AnsweredAt is not { } answered)
        {
            return RuleVerdict.None();
        }

        var (warning, critical, aht) = Levels(s.Settings, s.Queue);

        // Talk + hold grows with the clock only while connected: measure it from a virtual start.
        var virtualStart = call.StateSince.AddSeconds(-(call.TalkSeconds + call.HoldSeconds));
        var verdict = Crossing.OfDuration(virtualStart, warning, critical, now, elapsed =>
            aht is { } a ? $"talk + hold {elapsed:0} s against a queue AHT of {a:0} s today" : $"talk + hold {elapsed:0} s");
        return verdict.Holds ? verdict with { Since = answered } : verdict;
    }

    /// <summary>The talk + hold a call of this queue may reach before it is long, and the AHT they come from (null: too few calls yet).</summary>
    public static (double Warning, double Critical, double? Aht) Levels(QueueSettings settings, QueueFigures queue)
    {
        var o = settings.Rules.LongCall;
        var aht = queue.CompletedToday >= o.MinimumCompletedCalls ? queue.AhtSeconds : null;
        return (Math.Max(o.WarningMinimumSeconds, (aht ?? 0) * o.WarningAhtMultiple), Math.Max(o.CriticalMinimumSeconds, (aht ?? 0) * o.CriticalAhtMultiple), aht);
    }
}
