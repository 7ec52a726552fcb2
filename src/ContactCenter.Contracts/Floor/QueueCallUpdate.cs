namespace ContactCenter.Contracts.Floor;

/// <summary>
/// What a call tells its queue: its live row (null once it has left) and how its counting changed.
/// <see cref="Seq"/> rises with each update the call sends: a queue applies a call's update once,
/// so a call that lost its last write in a crash and applies the event again counts nothing twice.
/// <see cref="CatchingUp"/>: sent while the call applied a catch-up (<c>IEventSink.CatchUpAsync</c>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueCallUpdate(string CallId, long Seq, CallRow? Row, QueueContribution[] Retract, QueueContribution[] Add, bool CatchingUp = false);
