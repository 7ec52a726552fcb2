using System.Security.Claims;
using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// Wall-board display tokens: an admin issues one per TV (scoped to queues, teams or the whole floor)
/// and revokes it when the screen is retired. A TV signs in once at /account/display?token=…
/// and keeps a cookie; API and hub clients send the token as a bearer token.
/// </summary>
public static class DisplayTokens
{
    public sealed record IssueRequest(string? Name, string[]? Queues, string[]? Teams);

    public sealed record Issued(string TokenId, string Token, DateTimeOffset ExpiresAt);

    public static Task<bool> IsActiveAsync(HttpContext http, string? tokenId) =>
        tokenId is null
            ? Task.FromResult(false)
            : http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IDisplayTokenRegistryGrain>(0)
                .IsActive(tokenId, http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).AsTask();

    public static IEndpointRouteBuilder MapDisplayTokenApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/display-tokens").RequireAuthorization(FloorPolicies.Admin);
        admin.MapPost("/", async (HttpContext http, TokenService tokens, IGrainFactory grains) =>
        {
            var (body, error) = await RequestBody.ReadAsync<IssueRequest>(http.Request);
            if (error is not null)
            {
                return error;
            }

            if (Ids.Check(body!.Name ?? string.Empty, "name") is { } badName)
            {
                return badName;
            }

            var queues = body.Queues ?? [];
            if (queues.FirstOrDefault(q => !Ids.IsValid(q)) is { } badQueue)
            {
                return ApiError.BadRequest("queues", "invalid", $"'{badQueue}' is not a queue id");
            }

            var teams = body.Teams ?? [];
            if (teams.FirstOrDefault(t => !Ids.IsValid(t)) is { } badTeam)
            {
                return ApiError.BadRequest("teams", "invalid", $"'{badTeam}' is not a team id");
            }

            var admin = http.User.Identity?.Name ?? "admin";
            var (token, record) = tokens.IssueDisplay(body.Name!, queues, teams, admin);
            await grains.GetGrain<IDisplayTokenRegistryGrain>(0).Record(record);
            await AuditTrail.AppendAsync(grains, new AuditEntry(record.IssuedAt, admin, "display-token-issued", "display", record.TokenId, record.Name, http.Connection.RemoteIpAddress?.ToString()));
            return Results.Ok(new Issued(record.TokenId, token, record.ExpiresAt));
        });
        admin.MapGet("/", (IGrainFactory grains) => grains.GetGrain<IDisplayTokenRegistryGrain>(0).List().AsTask());
        admin.MapDelete("/{id}", async (string id, HttpContext http, IGrainFactory grains, TimeProvider clock) =>
        {
            var admin = http.User.Identity?.Name ?? "admin";
            var now = clock.GetUtcNow();
            if (!await grains.GetGrain<IDisplayTokenRegistryGrain>(0).Revoke(id, admin, now))
            {
                return ApiError.NotFound("id", $"no live display token '{id}'");
            }

            await AuditTrail.AppendAsync(grains, new AuditEntry(now, admin, "display-token-revoked", "display", id, null, http.Connection.RemoteIpAddress?.ToString()));
            return Results.NoContent();
        });

        app.MapGet("/account/display", async (string? token, HttpContext http, TokenService tokens) =>
        {
            if (string.IsNullOrEmpty(token) || await tokens.ValidateAsync(token) is not { } identity
                || !identity.HasClaim("role", FloorRoles.Wallboard)
                || !await IsActiveAsync(http, identity.FindFirst(JwtRegisteredClaimNames.Jti)?.Value))
            {
                return Results.Json(new ApiError("token", "invalid", "the display token is unknown, expired or revoked"), statusCode: StatusCodes.Status401Unauthorized);
            }

            var claims = identity.Claims.Where(c => c.Type is "role" or FloorClaims.Queue or FloorClaims.Team or JwtRegisteredClaimNames.Jti)
                .Append(new Claim("name", identity.FindFirst(JwtRegisteredClaimNames.Name)?.Value ?? "display"));
            await http.SignInAsync(SecurityHosting.CookieScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, SecurityHosting.CookieScheme, "name", "role")));
            return Results.LocalRedirect(TvPath(identity));
        }).AllowAnonymous();
        return app;
    }

    /// <summary>The TV page of the token's scope: its queues and teams, or the whole floor.</summary>
    private static string TvPath(ClaimsIdentity identity)
    {
        var query = new[] { ("queues", FloorClaims.Queue), ("teams", FloorClaims.Team) }
            .Select(p => (p.Item1, Ids: identity.FindAll(p.Item2).Select(c => Uri.EscapeDataString(c.Value)).ToArray()))
            .Where(p => p.Ids.Length > 0)
            .Select(p => $"{p.Item1}={string.Join(',', p.Ids)}")
            .ToArray();
        return query.Length == 0 ? "/tv" : "/tv?" + string.Join('&', query);
    }
}
