using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Rules;
using ContactCenter.Domain.Time;

namespace ContactCenter.Bench.Baseline;

/// <summary>A queue in the baseline loop: the figures book, the live rows and the queue rules, as the queue grain keeps them.</summary>
public sealed class BaselineQueue(QueueSettings settings, SiteCalendar calendar)
{
    private readonly QueueFigureBook figures = new();
    private readonly Dictionary<string, CallRow> calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentRow> agents = new(StringComparer.Ordinal);
    private readonly Dictionary<AlertRule, AlertSeverity> raised = [];

    public void Count(QueueContribution c, int sign) => figures.Apply(c, sign, settings, calendar);

    public void SetCall(string callId, CallRow? row)
    {
        if (row is null)
        {
            calls.Remove(callId);
        }
        else
        {
            calls[callId] = row;
        }
    }

    public void SetAgent(string agentId, AgentRow row) => agents[agentId] = row;

    public QueueFigures TodayFigures(DateTimeOffset now)
    {
        var today = figures.Today(now, calendar);
        return new QueueFigures(today.AhtSeconds, today.Completed);
    }

    /// <summary>Judges the queue rules as the queue grain does after each call update; returns alerts raised.</summary>
    public int Judge(DateTimeOffset now)
    {
        DateTimeOffset? oldest = null;
        foreach (var call in calls.Values)
        {
            if (call.State is CallState.Queued or CallState.Ringing && (oldest is null || call.WaitingSince < oldest))
            {
                oldest = call.WaitingSince;
            }
        }

        var subject = new QueueRuleSubject(oldest, figures.CurrentInterval(now, calendar), settings, figures.PreviousInterval(now, calendar));
        return BaselineRules.Judge(RuleBooks.Queue, subject, raised, now);
    }
}
