namespace ContactCenter.Dashboard.Live;

/// <summary>A scope's whole view and the sequence number of the last delta it includes.</summary>
public sealed record ScopeSnapshotMessage(string Scope, long Sequence, LiveView View);
