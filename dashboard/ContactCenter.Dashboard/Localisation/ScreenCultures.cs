using System.Globalization;
using ContactCenter.Dashboard.Api;
using Microsoft.AspNetCore.Localization;

namespace ContactCenter.Dashboard.Localisation;

/// <summary>
/// The languages the screens speak. A person's choice (the culture cookie, set by "/culture") wins
/// over the browser's language; anything else is English. API payloads never depend on it.
/// </summary>
public static class ScreenCultures
{
    public const string English = "en";
    public const string SimplifiedChinese = "zh-CN";

    /// <summary>The cultures a screen may be shown in, with the name each is offered under in its own language.</summary>
    public static IReadOnlyList<(string Culture, string OwnName)> Offered { get; } = [(English, "English"), (SimplifiedChinese, "中文")];

    private static readonly string[] Supported = [English, SimplifiedChinese, "zh-Hans"];

    public static IServiceCollection AddScreenCultures(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // Query string is left out on purpose: a shared link must not change the reader's language.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// "GET /culture?name=zh-CN&amp;back=/floor" remembers the choice for a year and goes back. Open to
    /// everyone: the sign-in page has the switch too.
    /// </summary>
    public static WebApplication MapCultureSwitch(this WebApplication app)
    {
        app.MapGet("/culture", (string? name, string? back, HttpContext http) =>
        {
            if (name is null || !Offered.Any(o => o.Culture == name))
            {
                return (IResult)ApiError.BadRequest("name", "unsupported", $"name must be one of {string.Join(", ", Offered.Select(o => o.Culture))}");
            }

            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(IsLocal(back) ? back! : "/");
        }).AllowAnonymous();
        return app;
    }

    /// <summary>Only a path on this site, as ASP.NET Core's own check reads one: "back" must not send a person elsewhere.</summary>
    private static bool IsLocal(string? back) =>
        back is { Length: > 0 } && back[0] == '/' && (back.Length == 1 || (back[1] != '/' && back[1] != '\\')) && !back.Any(char.IsControl);
}
