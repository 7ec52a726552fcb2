using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// Sign-in and sign-out for the Blazor screens: a form post (antiforgery-checked) that sets the
/// screens' cookie with the same claims a bearer token carries. Agents land on their own page.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async (HttpContext http, UserDirectory users, SignInThrottle throttle, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest(new Api.ApiError("__RequestVerificationToken", "invalid", "the sign-in form expired: reload the page"));
            }

            var form = await http.Request.ReadFormAsync();
            var username = form["username"].ToString();
            var password = form["password"].ToString();
            var returnUrl = form["returnUrl"].ToString();
            var address = http.Connection.RemoteIpAddress?.ToString();
            if (username.Length is 0 or > 64 || password.Length is 0 or > 256)
            {
                return Results.Redirect($"/login?error=missing&returnUrl={Uri.EscapeDataString(returnUrl)}");
            }

            if (throttle.Blocked(username, address) is not null)
            {
                return Results.Redirect($"/login?error=throttled&returnUrl={Uri.EscapeDataString(returnUrl)}");
            }

            if (users.Verify(username, password) is not { } user)
            {
                throttle.Failed(username, address);
                return Results.Redirect($"/login?error=invalid&returnUrl={Uri.EscapeDataString(returnUrl)}");
            }

            await http.SignInAsync(SecurityHosting.CookieScheme, new ClaimsPrincipal(Identity(user)));
            return Results.LocalRedirect(LandingFor(user, returnUrl));
        }).AllowAnonymous();

        // With an identity provider configured, people sign in there: /account/oidc starts the round trip.
        app.MapGet("/account/oidc", (HttpContext http, Microsoft.Extensions.Options.IOptions<SecurityOptions> options, string? returnUrl) =>
            options.Value.Oidc.IsConfigured
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/" }, [OidcOptions.Scheme])
                : Results.NotFound(new Api.ApiError("oidc", "not-configured", "no identity provider is configured (Security:Oidc)")))
            .AllowAnonymous();

        app.MapPost("/account/logout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest(new Api.ApiError("__RequestVerificationToken", "invalid", "the sign-out form expired: reload the page"));
            }

            await http.SignOutAsync(SecurityHosting.CookieScheme);
            return Results.LocalRedirect("/login");
        }).RequireAuthorization(FloorPolicies.Authenticated);
        return app;
    }

    public static ClaimsIdentity Identity(UserAccount user)
    {
        var claims = new List<Claim> { new("name", user.Username), new("role", user.Role) };
        claims.AddRange(user.Teams.Select(t => new Claim(FloorClaims.Team, t)));
        claims.AddRange(user.Queues.Select(q => new Claim(FloorClaims.Queue, q)));
        if (user.AgentId is { } agent)
        {
            claims.Add(new Claim(FloorClaims.AgentId, agent));
        }

        return new ClaimsIdentity(claims, SecurityHosting.CookieScheme, "name", "role");
    }

    /// <summary>Where a user lands: the page asked for if local, else the agent's own page or the floor.</summary>
    private static string LandingFor(UserAccount user, string returnUrl) =>
        Uri.TryCreate(returnUrl, UriKind.Relative, out _) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : user.Role == FloorRoles.Agent && user.AgentId is { } agent ? $"/agent/{agent}"
            : user.Role == FloorRoles.Wallboard ? "/tv"
            : "/";
}
