using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// What a hub client receives as "delta": the scope's changes since its last delta, numbered
/// consecutively per scope. It stands for deltas <see cref="First"/> to <see cref="Sequence"/>: the
/// same number unless this connection fell behind and several were merged, the last change to a
/// row winning. A first number past the last one applied means something was missed: ask for a
/// fresh snapshot.
/// </summary>
public sealed record DeltaMessage(string Scope, long Sequence, DateTimeOffset AsOf, LiveChange[] Changes, long First);
