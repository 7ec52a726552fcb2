using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>What the supervisor reads after acting: done, or why not, naming who holds the alert on a conflict.</summary>
public static class AlertActionMessage
{
    public static string Describe(AlertActionResult result, string done) => result.Outcome switch
    {
        AlertActionOutcome.Done => done,
        AlertActionOutcome.Conflict when result.HeldBy is { } holder => $"{holder} has already taken this alert.",
        AlertActionOutcome.NotFound => "This alert no longer exists.",
        AlertActionOutcome.Forbidden => "Only a supervisor of this team or queue acts on this alert.",
        _ => Sentence(result.Reason) ?? "Not possible now.",
    };

    private static string? Sentence(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : char.ToUpperInvariant(reason[0]) + reason[1..] + (reason.EndsWith('.') ? string.Empty : ".");
}
