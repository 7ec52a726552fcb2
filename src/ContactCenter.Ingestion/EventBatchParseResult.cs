using System.Diagnostics.CodeAnalysis;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Ingestion;

/// <summary>
/// The outcome of parsing a batch: either the whole body was refused (<see cref="Error"/>),
/// or every item of the array was judged on its own, into <see cref="Events"/> or <see cref="Rejected"/>.
/// </summary>
public sealed class EventBatchParseResult
{
    private EventBatchParseResult(BatchError? error, IReadOnlyList<ParsedEvent> events, IReadOnlyList<RejectedEvent> rejected)
    {
        Error = error;
        Events = events;
        Rejected = rejected;
    }

    /// <summary>Set when the body as a whole is unusable; then no item was judged.</summary>
    public BatchError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The valid events, in array order.</summary>
    public IReadOnlyList<ParsedEvent> Events { get; }

    /// <summary>The items that failed validation, in array order, each with its index in the array.</summary>
    public IReadOnlyList<RejectedEvent> Rejected { get; }

    /// <summary>How many items the array held.</summary>
    public int ItemCount => Events.Count + Rejected.Count;

    internal static EventBatchParseResult Success(IReadOnlyList<ParsedEvent> events, IReadOnlyList<RejectedEvent> rejected) =>
        new(null, events, rejected);

    internal static EventBatchParseResult Failure(int status, string reason) =>
        new(new BatchError(status, reason), [], []);
}
