using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Dashboard.Api;

/// <summary>A 409: the alert is held by another supervisor (<see cref="HeldBy"/>), or its state refuses the action.</summary>
public sealed record AlertConflict(string Reason, string Detail, string? HeldBy, AlertSnapshot? Alert);
