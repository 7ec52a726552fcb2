using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.History.Tests;

/// <summary>An alert and a finished call as the grains would give them to the history.</summary>
internal static class Snapshots
{
    public static AlertSnapshot Alert(string id, DateTimeOffset at) => new(
        id, AlertRule.LongHold, AlertSeverity.Warning, AlertStatus.Open, SubjectKind.Call, "c1", "c1", "a1", "q1", "t1", at, at, "held 61 s",
        AlertAudience.Team, null, null, null, null, null, null, null, [], [], at);

    public static CallSnapshot Call(string id, DateTimeOffset at) => new(
        id, "q1", "a1", CallDirection.Inbound, CustomerTier.Regular, CallState.Ended, "****0123", at, at.AddSeconds(5), at.AddSeconds(9), at.AddSeconds(200),
        9, 4, 191, 0, 0, 0, 0, CallEndReason.Completed, [], [], at.AddSeconds(200));
}
