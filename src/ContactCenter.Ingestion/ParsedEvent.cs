using ContactCenter.Contracts.Events;

namespace ContactCenter.Ingestion;

/// <summary>
/// A valid event and its position in the posted array, so that verdicts given later
/// (on the list of valid events only) can be reported against the index the client sent.
/// </summary>
public readonly record struct ParsedEvent(int Index, FloorEvent Event);
