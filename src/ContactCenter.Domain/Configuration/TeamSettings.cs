namespace ContactCenter.Domain.Configuration;

/// <summary>What one team's agent rules are judged by, floor defaults merged with the team's own.</summary>
public sealed class TeamSettings
{
    public RuleOptions Rules { get; set; } = new();
}
