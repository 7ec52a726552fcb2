using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// Issues, refreshes and revokes the bearer tokens of people (a shift long). Refresh tokens are
/// opaque, single-use and rotated; a revoked token's id is refused until it would have expired.
/// </summary>
public sealed class TokenService
{
    public const string Issuer = "contactcenter";
    public const string Audience = "contactcenter";

    private readonly SecurityOptions options;
    private readonly TimeProvider clock;
    private readonly UserDirectory users;
    private readonly JsonWebTokenHandler handler = new();
    private readonly ConcurrentDictionary<string, (string Username, DateTimeOffset Expires)> refreshTokens = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> revoked = new();

    public TokenService(IOptions<SecurityOptions> options, TimeProvider clock, UserDirectory users)
    {
        this.options = options.Value;
        this.clock = clock;
        this.users = users;
        var key = this.options.SigningKey is { Length: > 0 } configured ? Convert.FromBase64String(configured) : RandomNumberGenerator.GetBytes(32);
        if (key.Length < 32)
        {
            throw new InvalidOperationException("Security:SigningKey must be at least 32 bytes (base64).");
        }

        Key = new SymmetricSecurityKey(key);
    }

    public SymmetricSecurityKey Key { get; }

    public TokenValidationParameters ValidationParameters => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = Key,
        NameClaimType = JwtRegisteredClaimNames.Name,
        RoleClaimType = "role",
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    public TokenPair Issue(UserAccount user)
    {
        var now = clock.GetUtcNow();
        var lifetime = TimeSpan.FromHours(options.AccessTokenHours);
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = user.Username,
            [JwtRegisteredClaimNames.Name] = user.Username,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            ["role"] = user.Role,
            [FloorClaims.Team] = user.Teams,
            [FloorClaims.Queue] = user.Queues,
        };
        if (user.AgentId is { } agent)
        {
            claims[FloorClaims.AgentId] = agent;
        }

        var access = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
        var refresh = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        refreshTokens[refresh] = (user.Username, now.AddHours(options.RefreshTokenHours));
        return new TokenPair(access, refresh, (int)lifetime.TotalSeconds);
    }

    /// <summary>A long-lived token for a wall-board display: read-only, scoped to queues and teams (none: the whole floor).</summary>
    public (string Token, Contracts.Grains.DisplayToken Record) IssueDisplay(string name, string[] queues, string[] teams, string issuedBy)
    {
        var now = clock.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var expires = now.AddDays(options.DisplayTokenDays);
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = $"display:{name}",
                [JwtRegisteredClaimNames.Name] = $"display:{name}",
                [JwtRegisteredClaimNames.Jti] = id,
                ["role"] = FloorRoles.Wallboard,
                [FloorClaims.Queue] = queues,
                [FloorClaims.Team] = teams,
            },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, new Contracts.Grains.DisplayToken(id, name, queues, issuedBy, now, expires, Teams: teams));
    }

    /// <summary>The principal in a token this service signed, or null if it is not valid.</summary>
    public async Task<ClaimsIdentity?> ValidateAsync(string token)
    {
        var result = await handler.ValidateTokenAsync(token, ValidationParameters);
        return result.IsValid && !IsRevoked(result.ClaimsIdentity.FindFirst(JwtRegisteredClaimNames.Jti)?.Value) ? result.ClaimsIdentity : null;
    }

    /// <summary>A new pair for a valid refresh token, which is used up; null if unknown, used or expired.</summary>
    public TokenPair? Refresh(string refreshToken)
    {
        if (!refreshTokens.TryRemove(refreshToken, out var entry) || entry.Expires <= clock.GetUtcNow())
        {
            return null;
        }

        return users.Find(entry.Username) is { } user ? Issue(user) : null;
    }

    public void Revoke(ClaimsPrincipal user, string? refreshToken)
    {
        if (user.FindFirst(JwtRegisteredClaimNames.Jti)?.Value is { } id && user.FindFirst(JwtRegisteredClaimNames.Exp)?.Value is { } exp && long.TryParse(exp, out var seconds))
        {
            revoked[id] = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        if (refreshToken is not null && refreshTokens.TryGetValue(refreshToken, out var entry) && entry.Username == user.Identity?.Name)
        {
            refreshTokens.TryRemove(refreshToken, out _);
        }
    }

    public bool IsRevoked(string? tokenId)
    {
        if (tokenId is null || !revoked.TryGetValue(tokenId, out var until))
        {
            return false;
        }

        if (until > clock.GetUtcNow())
        {
            return true;
        }

        revoked.TryRemove(tokenId, out _);
        return false;
    }
}
