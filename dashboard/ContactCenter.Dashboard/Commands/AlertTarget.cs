using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;

namespace ContactCenter.Dashboard.Commands;

/// <summary>An alert a supervisor may act on: found, and in their scope.</summary>
public sealed record AlertTarget(string AlertId, IAlertGrain Grain, AlertSnapshot Alert);
