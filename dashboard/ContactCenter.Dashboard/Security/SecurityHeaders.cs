namespace ContactCenter.Dashboard.Security;

/// <summary>
/// Headers every response carries, and the check that closes cross-site WebSocket hijacking: a
/// browser opening the hub from another origin is refused (non-browser clients send no Origin).
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseFloorSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (http.Request.Path.StartsWithSegments(Live.LiveHosting.HubPath) && !SameOrigin(http))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.Response.WriteAsJsonAsync(new Api.ApiError("Origin", "cross-origin", "the live hub accepts browsers from this site only"));
            return;
        }

        await next();
    });

    private static bool SameOrigin(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
