namespace ContactCenter.Contracts.Alerts;

/// <summary>The answer to a supervisor action: done, or why not (and who holds the alert on a conflict).</summary>
[GenerateSerializer, Immutable]
public sealed record AlertActionResult(AlertActionOutcome Outcome, AlertSnapshot? Alert, string? Reason = null, string? HeldBy = null)
{
    public bool Succeeded => Outcome == AlertActionOutcome.Done;
}
