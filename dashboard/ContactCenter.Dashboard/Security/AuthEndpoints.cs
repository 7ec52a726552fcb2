using System.Globalization;
using ContactCenter.Dashboard.Api;

namespace ContactCenter.Dashboard.Security;

/// <summary>POST /api/auth/token, /refresh and /revoke: bearer tokens for API and hub clients.</summary>
public static class AuthEndpoints
{
    public sealed record SignIn(string? Username, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", async (HttpContext http, UserDirectory users, TokenService tokens, SignInThrottle throttle) =>
        {
            var (body, error) = await RequestBody.ReadAsync<SignIn>(http.Request);
            if (error is not null)
            {
                return error;
            }

            if (string.IsNullOrWhiteSpace(body!.Username) || body.Username.Length > 64)
            {
                return ApiError.BadRequest("username", "required", "username is required (at most 64 characters)");
            }

            if (string.IsNullOrEmpty(body.Password) || body.Password.Length > 256)
            {
                return ApiError.BadRequest("password", "required", "password is required (at most 256 characters)");
            }

            var address = http.Connection.RemoteIpAddress?.ToString();
            if (throttle.Blocked(body.Username, address) is { } wait)
            {
                http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return Results.Json(new ApiError("username", "too-many-attempts", "too many sign-in attempts: wait and try again"), statusCode: StatusCodes.Status429TooManyRequests);
            }

            if (users.Verify(body.Username, body.Password) is { } user)
            {
                return Results.Ok(tokens.Issue(user));
            }

            throttle.Failed(body.Username, address);
            return Results.Json(new ApiError("password", "invalid-credentials", "unknown user or wrong password"), statusCode: StatusCodes.Status401Unauthorized);
        }).AllowAnonymous().Produces<TokenPair>();

        app.MapPost("/api/auth/refresh", async (HttpContext http, TokenService tokens) =>
        {
            var (body, error) = await RequestBody.ReadAsync<RefreshRequest>(http.Request);
            if (error is not null)
            {
                return error;
            }

            if (string.IsNullOrEmpty(body!.RefreshToken))
            {
                return ApiError.BadRequest("refreshToken", "required", "refreshToken is required");
            }

            return tokens.Refresh(body.RefreshToken) is { } pair
                ? Results.Ok(pair)
                : Results.Json(new ApiError("refreshToken", "invalid", "the refresh token is unknown, used or expired"), statusCode: StatusCodes.Status401Unauthorized);
        }).AllowAnonymous().Produces<TokenPair>();

        app.MapPost("/api/auth/revoke", async (HttpContext http, TokenService tokens) =>
        {
            var (body, error) = await RequestBody.ReadAsync<RefreshRequest>(http.Request, optional: true);
            if (error is not null)
            {
                return error;
            }

            tokens.Revoke(http.User, body?.RefreshToken);
            return Results.NoContent();
        }).RequireAuthorization(FloorPolicies.Authenticated);
        return app;
    }
}
