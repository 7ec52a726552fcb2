using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Security;
using ContactCenter.Grains.Alerts;
using ContactCenter.Grains.Configuration;

namespace ContactCenter.Dashboard.Api;

/// <summary>The alert inbox and what supervisors do with an alert.</summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/alerts", async (string? status, FloorReader floor, HttpContext http, FloorAccess access) => status switch
        {
            null or "open" => Results.Ok((await floor.AlertsAsync(includeClosed: false)).Where(a => access.MaySeeAlert(http.User, a))),
            "all" => Results.Ok((await floor.AlertsAsync(includeClosed: true)).Where(a => access.MaySeeAlert(http.User, a))),
            _ => ApiError.BadRequest("status", "invalid", "status must be 'open' or 'all'"),
        }).RequireAuthorization(FloorPolicies.ReadFloor)
          .WithSummary("Alerts, most urgent first: the open ones, or with status=all the recently closed too.")
          .Produces<AlertSnapshot[]>();

        app.MapGet("/api/alerts/{id}", async (string id, IGrainFactory grains, HttpContext http, FloorAccess access) =>
        {
            var (grain, error) = Find(id, grains);
            return error ?? (await grain!.GetSnapshot(id) is { } alert
                ? access.MaySeeAlert(http.User, alert) ? Results.Ok(alert) : FloorAccess.Forbidden("id", $"alert '{id}' is outside your scope")
                : ApiError.NotFound("id", $"no alert '{id}'"));
        }).RequireAuthorization(FloorPolicies.ReadFloor).Produces<AlertSnapshot>();

        var actions = app.MapGroup("/api/alerts/{id}").RequireAuthorization(FloorPolicies.ActOnAlerts);
        // Scope before content: a supervisor of another team learns nothing from a body's validation.
        actions.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var access = http.RequestServices.GetRequiredService<FloorAccess>();
            if (access.Enabled && http.GetRouteValue("id") is string id && Find(id, http.RequestServices.GetRequiredService<IGrainFactory>()) is (IAlertGrain grain, null)
                && (await grain.GetSnapshot(id) is not { } alert || !access.MayActOn(http.User, alert)))
            {
                return FloorAccess.Forbidden("id", $"alert '{id}' is not on a team or queue assigned to you");
            }

            return await next(context);
        });
        actions.MapPost("/acknowledge", (string id, HttpContext http, IGrainFactory grains) =>
            Act(id, http, grains, (g, a) => g.Acknowledge(id, a)));
        actions.MapPost("/take", (string id, HttpContext http, IGrainFactory grains) =>
            Act(id, http, grains, (g, a) => g.Take(id, a)));
        actions.MapPost("/join", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            var (body, error) = await RequestBody.ReadAsync<AlertCommands.Join>(http.Request);
            return error ?? (body!.Mode is { } mode
                ? await Act(id, http, grains, (g, a) => g.Join(id, mode, a))
                : ApiError.BadRequest("mode", "required", "mode must be 'monitor', 'whisper' or 'barge'"));
        });
        actions.MapPost("/notes", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            var (body, error) = await RequestBody.ReadAsync<AlertCommands.Note>(http.Request);
            return error ?? CheckText(body!.Text, "text", required: true)
                ?? await Act(id, http, grains, (g, a) => g.AddNote(id, body.Text!.Trim(), a));
        });
        actions.MapPost("/snooze", async (string id, HttpContext http, IGrainFactory grains, FloorSettings settings) =>
        {
            var (body, error) = await RequestBody.ReadAsync<AlertCommands.Snooze>(http.Request);
            var most = settings.Lifecycle.MaxSnoozeMinutes;
            return error ?? body!.Minutes switch
            {
                null => ApiError.BadRequest("minutes", "required", "minutes is required: how long to snooze"),
                { } minutes when minutes < 1 || minutes > most => ApiError.BadRequest("minutes", "invalid", $"minutes must be between 1 and {most}"),
                { } minutes => await Act(id, http, grains, (g, a) => g.Snooze(id, minutes, a)),
            };
        });
        actions.MapPost("/resolve", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            var (body, error) = await RequestBody.ReadAsync<AlertCommands.Resolve>(http.Request, optional: true);
            return error ?? CheckText(body?.Note, "note", required: false)
                ?? await Act(id, http, grains, (g, a) => g.Resolve(id, body?.Note?.Trim(), a));
        });
        return app;
    }

    private static async Task<IResult> Act(string id, HttpContext http, IGrainFactory grains, Func<IAlertGrain, SupervisorAction, ValueTask<AlertActionResult>> act)
    {
        var (grain, notFound) = Find(id, grains);
        if (notFound is not null)
        {
            return notFound;
        }

        var (action, refused) = SupervisorIdentity.From(http);
        if (refused is not null)
        {
            return refused;
        }

        var access = http.RequestServices.GetRequiredService<FloorAccess>();
        if (access.Enabled && (await grain!.GetSnapshot(id) is not { } alert || !access.MayActOn(http.User, alert)))
        {
            return FloorAccess.Forbidden("id", $"alert '{id}' is not on a team or queue assigned to you");
        }

        var result = await act(grain!, action!);
        return result.Outcome switch
        {
            AlertActionOutcome.Done => Results.Ok(result.Alert),
            AlertActionOutcome.NotFound => ApiError.NotFound("id", $"no alert '{id}'"),
            AlertActionOutcome.Conflict => Results.Json(new AlertConflict("conflict", result.Reason!, result.HeldBy, result.Alert), statusCode: StatusCodes.Status409Conflict),
            // Refused by the alert's state (already resolved, snooze out of range): say why, change nothing.
            _ => Results.Json(new AlertConflict("invalid-state", result.Reason!, result.HeldBy, result.Alert), statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static (IAlertGrain? Grain, IResult? Error) Find(string id, IGrainFactory grains) =>
        AlertKeys.GrainKeyOf(id) is { } key
            ? (grains.GetGrain<IAlertGrain>(key), null)
            : (null, ApiError.BadRequest("id", "invalid", "an alert id is '{rule}:{subjectId}:{n}', e.g. 'LongHold:c42:1'"));

    private static IResult? CheckText(string? text, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? ApiError.BadRequest(field, "required", $"{field} must not be empty") : null;
        }

        return text.Length > AlertCommands.MaxTextLength
            ? ApiError.BadRequest(field, "too-long", $"{field} is at most {AlertCommands.MaxTextLength} characters")
            : null;
    }
}
