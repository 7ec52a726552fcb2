using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// Authentication (bearer tokens for people, API keys for connectors), the floor's policies, the
/// per-connector rate limit and the demo-user guard. The policies are attached to every endpoint
/// whether or not <see cref="SecurityOptions.Enabled"/> is on; off, they admit anyone.
/// </summary>
public static class SecurityHosting
{
    private const string Selector = "floor";

    public static WebApplicationBuilder AddFloorSecurity(this WebApplicationBuilder builder, string profile)
    {
        var section = builder.Configuration.GetSection(SecurityOptions.Section);
        var options = section.Get<SecurityOptions>() ?? new SecurityOptions();
        DemoUsers.Guard(options, profile);

        var services = builder.Services;
        services.Configure<SecurityOptions>(section);
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<FloorAccess>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultChallengeScheme = Selector;
            })
            .AddPolicyScheme(Selector, Selector, o => o.ForwardDefaultSelector = SchemeFor)
            .AddJwtBearer()
            .AddCookie(CookieScheme, cookie =>
            {
                // The Blazor screens: a shift-long, same-site-only, script-proof cookie.
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/account/logout";
                cookie.AccessDeniedPath = "/denied";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(options.AccessTokenHours);
                cookie.SlidingExpiration = false;
                cookie.Cookie.Name = "contactcenter";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.Events.OnRedirectToLogin = context => ApiAnswers(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => ApiAnswers(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (options.Oidc.IsConfigured)
        {
            builder.Services.AddAuthentication().AddOpenIdConnect(OidcOptions.Scheme, oidc =>
            {
                oidc.Authority = options.Oidc.Authority;
                oidc.ClientId = options.Oidc.ClientId;
                oidc.ClientSecret = options.Oidc.ClientSecret;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                oidc.SignInScheme = CookieScheme;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = true;
                oidc.TokenValidationParameters.NameClaimType = options.Oidc.NameClaim;
                oidc.TokenValidationParameters.RoleClaimType = options.Oidc.RoleClaim;
            });
        }

        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenService>((jwt, tokens) =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = tokens.ValidationParameters;
            jwt.Events = new JwtBearerEvents
            {
                // Browsers cannot set headers on a WebSocket: hub clients pass the token as access_token.
                OnMessageReceived = context =>
                {
                    if (context.HttpContext.Request.Path.StartsWithSegments(Live.LiveHosting.HubPath)
                        && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                },
                OnTokenValidated = async context =>
                {
                    var id = context.Principal?.FindFirst(JwtRegisteredClaimNames.Jti)?.Value;
                    if (tokens.IsRevoked(id))
                    {
                        context.Fail("the token was revoked");
                    }
                    else if (context.Principal!.IsInRole(FloorRoles.Wallboard) && !await DisplayTokens.IsActiveAsync(context.HttpContext, id))
                    {
                        context.Fail("the display token was revoked or is unknown");
                    }
                },
            };
        });
        services.AddAuthorization(o => FloorPolicies.Add(o, options.Enabled));
        // A factory, not an instance: the container disposes what it built, and with it the limiter's timer.
        services.AddSingleton(_ => new ConnectorRateLimit(options));
        return builder;
    }

    public const string CookieScheme = "cookie";

    /// <summary>Connectors send a key, API and hub clients a bearer token; anything else is a browser with the screens' cookie.</summary>
    private static string SchemeFor(HttpContext http) =>
        http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header) ? ApiKeyAuthenticationHandler.SchemeName
        : http.Request.Headers.Authorization.Count > 0 || (http.Request.Path.StartsWithSegments(Live.LiveHosting.HubPath) && http.Request.Query.ContainsKey("access_token"))
            ? JwtBearerDefaults.AuthenticationScheme
            : CookieScheme;

    /// <summary>API calls get a status code, not a redirect to the sign-in page.</summary>
    private static Task ApiAnswers(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(Live.LiveHosting.HubPath))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    public static WebApplication UseFloorSecurity(this WebApplication app)
    {
        app.UseFloorSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
