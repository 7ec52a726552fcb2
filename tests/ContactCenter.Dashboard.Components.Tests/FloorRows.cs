using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>Rows of the floor with only what a test cares about spelled out.</summary>
public static class FloorRows
{
    /// <summary>The tests' "now": every clock is read against it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);

    public static QueueStats Stats(DateTimeOffset from, double? serviceLevel = null, double? asa = null, double? aht = null, double? abandonRate = null) =>
        new(from, from.AddMinutes(15), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, serviceLevel, asa, aht, abandonRate);

    /// <summary>A day with transfers: 2 calls completed over 3 handled legs, one offer transferred in, one transferred out.</summary>
    public static QueueStats WithTransfers(DateTimeOffset from) =>
        Stats(from) with { Completed = 2, Handled = 3, TransferredIn = 1, TransferredOut = 1 };

    public static QueueHeadline Headline(string queueId, double? serviceLevel = null, double target = 0.8) =>
        new(queueId, Stats(new DateTimeOffset(Now.Date, TimeSpan.Zero), serviceLevel), Stats(Now, serviceLevel), new Staffing(10, 3, 5, 1, 1), 20, target);

    public static CallRow Waiting(string callId, string queueId, TimeSpan waited) =>
        new(callId, queueId, CallState.Queued, null, CustomerTier.Regular, "****0123", Now - waited, null, null, 0, []);

    public static CallRow OnHold(string callId, string queueId, string agentId, TimeSpan held) =>
        new(callId, queueId, CallState.OnHold, agentId, CustomerTier.Regular, "****0123", Now.AddMinutes(-5), Now.AddMinutes(-4), Now - held, 1, []);

    public static AgentRow Agent(string agentId, string? name = null, AgentState state = AgentState.Available, string teamId = "t1", string? callId = null, AssistanceFlag? hand = null, TimeSpan? inState = null) =>
        new(agentId, name ?? agentId, teamId, ["q1"], state, null, Now - (inState ?? TimeSpan.FromMinutes(1)), callId, hand, 3);

    public static AlertSnapshot Alert(
        string alertId,
        AlertSeverity severity = AlertSeverity.Warning,
        AlertStatus status = AlertStatus.Open,
        DateTimeOffset? raisedAt = null,
        string? agentId = null,
        string? takenBy = null,
        AlertJoin[]? joins = null)
    {
        var rule = Enum.Parse<AlertRule>(alertId.Split(':')[0]);
        var at = raisedAt ?? Now.AddMinutes(-1);
        return new AlertSnapshot(
            alertId, rule, severity, status, agentId is null ? SubjectKind.Call : SubjectKind.Agent, alertId.Split(':')[1],
            agentId is null ? alertId.Split(':')[1] : null, agentId, agentId is null ? "q1" : null, agentId is null ? null : "t1",
            at, at, "detail of " + alertId, AlertAudience.Team, null, takenBy, takenBy is null ? null : Now, null, null, null, null,
            joins ?? [], [], Now);
    }

    public static LiveView View(
        IReadOnlyList<QueueHeadline>? queues = null,
        IReadOnlyList<CallRow>? calls = null,
        IReadOnlyList<AgentRow>? agents = null,
        IReadOnlyList<AlertSnapshot>? alerts = null) =>
        new(1, Now, queues ?? [], calls ?? [], agents ?? [], alerts ?? []);
}
