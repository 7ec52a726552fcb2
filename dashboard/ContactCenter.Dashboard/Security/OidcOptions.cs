namespace ContactCenter.Dashboard.Security;

/// <summary>
/// "Security:Oidc": a real deployment signs people in with its identity provider. Configured, not
/// required: without an authority only the local user store signs people in. The provider's
/// tokens must carry the role (<see cref="RoleClaim"/>) and, for supervisors and agents, the
/// "team", "queue" and "agent_id" claims.
/// </summary>
public sealed class OidcOptions
{
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string RoleClaim { get; set; } = "roles";

    public string NameClaim { get; set; } = "preferred_username";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
