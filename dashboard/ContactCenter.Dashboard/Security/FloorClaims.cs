namespace ContactCenter.Dashboard.Security;

/// <summary>The claims a floor identity carries beyond name and role: the agent it is, the teams and queues it is scoped to.</summary>
public static class FloorClaims
{
    public const string AgentId = "agent_id";
    public const string Team = "team";
    public const string Queue = "queue";
    public const string ConnectorKey = "connector_key";
}
