namespace ContactCenter.Dashboard.Security;

/// <summary>
/// The "Security" section. Secrets (signing key, connector keys) come from configuration or the
/// environment, never from the repository: without a signing key one is made at start-up, so
/// tokens do not outlive the process.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Sign-in, roles and authorised endpoints. Off until every screen and client signs in (see README).</summary>
    public bool Enabled { get; set; }

    /// <summary>Seeds ada.agent, sam.supervisor and ari.admin with a published password: the local profile only.</summary>
    public bool DemoUsers { get; set; }

    public List<UserAccount> Users { get; set; } = [];

    /// <summary>Connector API keys in clear (from the environment), hashed at start-up; or their SHA-256 hex in <see cref="ConnectorKeyHashes"/>.</summary>
    public List<string> ConnectorKeys { get; set; } = [];

    public List<string> ConnectorKeyHashes { get; set; } = [];

    /// <summary>Base64 HMAC-SHA256 key of at least 32 bytes.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Roles that may see a caller's whole number (on request, audited); none by default, never agents.</summary>
    public List<string> UnmaskedRoles { get; set; } = [];

    public OidcOptions Oidc { get; set; } = new();

    /// <summary>A shift long.</summary>
    public double AccessTokenHours { get; set; } = 9;

    public double RefreshTokenHours { get; set; } = 24;

    /// <summary>How long a wall-board display token lives unless an admin revokes it first.</summary>
    public double DisplayTokenDays { get; set; } = 180;

    /// <summary>Failed sign-ins allowed per user name within a minute.</summary>
    public int SignInFailuresPerMinute { get; set; } = 5;

    /// <summary>Failed sign-ins allowed per address within a minute (a floor may share one address).</summary>
    public int SignInFailuresPerAddressPerMinute { get; set; } = 30;

    /// <summary>Event batches a connector key may post per second.</summary>
    public int ConnectorBatchesPerSecond { get; set; } = 200;
}
