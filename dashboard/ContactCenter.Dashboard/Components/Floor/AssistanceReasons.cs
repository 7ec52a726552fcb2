namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>Why an agent raises their hand (DOMAIN.md: when no agreement can be reached, bring a manager in at once).</summary>
public static class AssistanceReasons
{
    public static readonly IReadOnlyList<string> All =
    [
        "customer asks for a manager",
        "abusive caller",
        "beyond my authority",
        "legal/regulatory threat",
        "technical problem",
        "other",
    ];
}
