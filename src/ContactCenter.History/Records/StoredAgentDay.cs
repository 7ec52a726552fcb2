namespace ContactCenter.History.Records;

/// <summary>
/// One part of an agent's site day (the live part, or the late part counted from events that
/// arrived after the live horizon); not-ready seconds per reason as JSON (reasons are the floor's own words).
/// </summary>
public sealed class StoredAgentDay
{
    public required string AgentId { get; set; }
    public DateOnly Day { get; set; }
    public bool Late { get; set; }
    public string? TeamId { get; set; }
    public int Calls { get; set; }
    public double TalkSeconds { get; set; }
    public double HoldSeconds { get; set; }
    public double WrapUpSeconds { get; set; }
    public double NotReadySeconds { get; set; }
    public double LoggedInSeconds { get; set; }
    public required string NotReadyByReason { get; set; }
}
