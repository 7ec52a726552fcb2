namespace ContactCenter.Contracts.Events;

/// <summary>What became of one event: applied, a repeat of one already applied, or refused with a reason.</summary>
[GenerateSerializer, Immutable]
public readonly record struct EventVerdict(EventVerdictKind Kind, string? Reason = null, string? Field = null, string? Detail = null)
{
    public static readonly EventVerdict Accepted = new(EventVerdictKind.Accepted);
    public static readonly EventVerdict Duplicate = new(EventVerdictKind.Duplicate);

    /// <summary>The event came too late or too early to fit the subject's timeline.</summary>
    public static EventVerdict OutOfOrder(string detail) => new(EventVerdictKind.Rejected, "out-of-order", "at", detail);

    /// <summary>The event is not allowed from the subject's state at its time.</summary>
    public static EventVerdict InvalidTransition(string detail, string field = "type") =>
        new(EventVerdictKind.Rejected, "invalid-transition", field, detail);
}
