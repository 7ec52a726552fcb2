namespace ContactCenter.Dashboard.Security;

/// <summary>Who may see and do what: people sign in as one of the first four; telephony sources as connectors.</summary>
public static class FloorRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";
    public const string Wallboard = "wallboard";
    public const string Connector = "connector";

    public static readonly string[] People = [Agent, Supervisor, Admin, Wallboard];
}
