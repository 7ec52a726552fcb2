using System.Collections.Frozen;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// Telephony connectors authenticate with an API key in X-Api-Key. Keys are kept only as SHA-256
/// hashes; rotating one is adding the new key, moving the connector, then removing the old.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<SecurityOptions> security) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    private readonly FrozenSet<string> hashes = security.Value.ConnectorKeys.Select(Hash)
        .Concat(security.Value.ConnectorKeyHashes.Select(h => h.ToLowerInvariant()))
        .ToFrozenSet(StringComparer.Ordinal);

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var hash = Hash(key);
        if (!hashes.Contains(hash))
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown API key"));
        }

        // The key's hash prefix names the connector in logs, audit and rate limits, never the key.
        var id = hash[..12];
        var identity = new ClaimsIdentity(
            [new Claim("name", $"connector-{id}"), new Claim("role", FloorRoles.Connector), new Claim(FloorClaims.ConnectorKey, id)],
            SchemeName,
            "name",
            "role");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
