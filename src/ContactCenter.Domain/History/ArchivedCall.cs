using ContactCenter.Contracts.Floor;

namespace ContactCenter.Domain.History;

/// <summary>
/// A finished call as the history keeps it: the snapshot the API shows (number masked) and the
/// grain's own state (numbers masked too), so a late or repeated event finds the call as it ended.
/// </summary>
public sealed record ArchivedCall(CallSnapshot Snapshot, byte[] GrainState);
