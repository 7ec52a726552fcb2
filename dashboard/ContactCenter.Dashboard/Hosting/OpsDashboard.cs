using ContactCenter.Dashboard.Security;
using ContactCenter.Hosting;
using Orleans.Dashboard;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// Orleans' own dashboard for operators, at <see cref="Path"/>, admins only. Its grain-state view
/// is refused: it would show whole caller numbers, unmasked and unaudited.
/// </summary>
public static class OpsDashboard
{
    public const string Path = "/ops/orleans";

    public static WebApplication MapOpsDashboard(this WebApplication app)
    {
        if (!FloorHostingOptions.From(app.Configuration).OpsDashboard)
        {
            return app;
        }

        app.MapOrleansDashboard(routePrefix: Path)
            .RequireAuthorization(FloorPolicies.Admin)
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.Path.StartsWithSegments($"{Path}/GrainState", StringComparison.OrdinalIgnoreCase)
                    ? Results.NotFound()
                    : await next(context));
        return app;
    }
}
