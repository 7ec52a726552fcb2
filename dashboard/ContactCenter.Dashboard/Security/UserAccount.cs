namespace ContactCenter.Dashboard.Security;

/// <summary>A local user: the password only as a hash (ASP.NET Core's PBKDF2 format), the role and its scope on the floor.</summary>
public sealed class UserAccount
{
    public string Username { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public string Role { get; set; } = FloorRoles.Agent;

    /// <summary>For an agent: the one agent on the floor this user acts as.</summary>
    public string? AgentId { get; set; }

    public string[] Teams { get; set; } = [];

    public string[] Queues { get; set; } = [];
}
