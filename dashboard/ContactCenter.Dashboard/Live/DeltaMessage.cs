using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// What a hub client receives as "delta": the scope's changes since its last delta, numbered
/// consecutively per scope. A gap means something was missed: ask for a fresh snapshot.
/// </summary>
public sealed record DeltaMessage(string Scope, long Sequence, DateTimeOffset AsOf, LiveChange[] Changes);
