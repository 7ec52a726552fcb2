using ContactCenter.Contracts.Alerts;
using ContactCenter.Dashboard.Commands;
using ContactCenter.Dashboard.Security;
using ContactCenter.Domain.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using ActionReply = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<ContactCenter.Contracts.Alerts.AlertSnapshot>,
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<ContactCenter.Dashboard.Api.ApiError>,
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<ContactCenter.Dashboard.Api.AlertConflict>>;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// The alert inbox and what supervisors do with an alert. Every action goes through
/// <see cref="AlertCommandHandler"/>, the path the screens take too.
/// </summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/alerts", ListAlertsAsync).RequireAuthorization(FloorPolicies.ReadFloor)
            .WithSummary("Alerts, most urgent first: the open ones, or with status=all the recently closed too.");
        app.MapGet("/api/alerts/{id}", GetAlertAsync).RequireAuthorization(FloorPolicies.ReadFloor);

        var actions = app.MapGroup("/api/alerts/{id}").RequireAuthorization(FloorPolicies.ActOnAlerts).AddEndpointFilter(FindTargetAsync);
        actions.MapPost("/acknowledge", AcknowledgeAsync);
        actions.MapPost("/take", TakeAsync);
        actions.MapPost("/join", JoinAsync);
        actions.MapPost("/notes", AddNoteAsync);
        actions.MapPost("/snooze", SnoozeAsync);
        actions.MapPost("/resolve", ResolveAsync);
        return app;
    }

    private static async Task<Results<Ok<AlertSnapshot[]>, JsonHttpResult<ApiError>>> ListAlertsAsync(string? status, FloorReader floor, HttpContext http, FloorAccess access)
    {
        if (status is not (null or "open" or "all"))
        {
            return ApiError.BadRequest("status", "invalid", "status must be 'open' or 'all'");
        }

        var alerts = await floor.AlertsAsync(includeClosed: status == "all");
        return TypedResults.Ok(alerts.Where(a => access.MaySeeAlert(http.User, a)).ToArray());
    }

    private static async Task<Results<Ok<AlertSnapshot>, JsonHttpResult<ApiError>>> GetAlertAsync(string id, IGrainFactory grains, HttpContext http, FloorAccess access)
    {
        if (AlertKeys.GrainKeyOf(id) is not { } key)
        {
            return BadId();
        }

        if (await grains.GetGrain<Contracts.Grains.IAlertGrain>(key).GetSnapshot(id) is not { } alert)
        {
            return ApiError.NotFound("id", $"no alert '{id}'");
        }

        return access.MaySeeAlert(http.User, alert) ? TypedResults.Ok(alert) : ApiError.Forbidden("id", $"alert '{id}' is outside your scope");
    }

    /// <summary>Scope before content: a supervisor of another team learns nothing from a body's validation.</summary>
    private static async ValueTask<object?> FindTargetAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var id = http.GetRouteValue("id") as string ?? string.Empty;
        if (AlertKeys.GrainKeyOf(id) is null)
        {
            return BadId();
        }

        var (target, refused) = await http.RequestServices.GetRequiredService<AlertCommandHandler>().FindAsync(http.User, id);
        if (refused is not null)
        {
            return Refusal(refused, id);
        }

        http.Items[typeof(AlertTarget)] = target;
        return await next(context);
    }

    private static Task<ActionReply> AcknowledgeAsync(HttpContext http, AlertCommandHandler commands) =>
        ActAsync(http, commands, new AlertCommand.Acknowledge());

    private static Task<ActionReply> TakeAsync(HttpContext http, AlertCommandHandler commands) =>
        ActAsync(http, commands, new AlertCommand.Take());

    private static async Task<ActionReply> JoinAsync(HttpContext http, AlertCommandHandler commands)
    {
        var (body, error) = await RequestBody.ReadAsync<AlertRequests.Join>(http.Request);
        if (error is not null)
        {
            return error;
        }

        if (body!.Mode is not { } mode)
        {
            return ApiError.BadRequest("mode", "required", "mode must be 'monitor', 'whisper' or 'barge'");
        }

        return await ActAsync(http, commands, new AlertCommand.Join(mode));
    }

    private static async Task<ActionReply> AddNoteAsync(HttpContext http, AlertCommandHandler commands)
    {
        var (body, error) = await RequestBody.ReadAsync<AlertRequests.Note>(http.Request);
        error ??= CheckText(body?.Text, "text", required: true);
        if (error is not null)
        {
            return error;
        }

        return await ActAsync(http, commands, new AlertCommand.AddNote(body!.Text!.Trim()));
    }

    private static async Task<ActionReply> SnoozeAsync(HttpContext http, AlertCommandHandler commands, FloorSettings settings)
    {
        var (body, error) = await RequestBody.ReadAsync<AlertRequests.Snooze>(http.Request);
        if (error is not null)
        {
            return error;
        }

        var most = settings.Lifecycle.MaxSnoozeMinutes;
        if (body!.Minutes is not { } minutes)
        {
            return ApiError.BadRequest("minutes", "required", "minutes is required: how long to snooze");
        }

        if (minutes < 1 || minutes > most)
        {
            return ApiError.BadRequest("minutes", "invalid", $"minutes must be between 1 and {most}");
        }

        return await ActAsync(http, commands, new AlertCommand.Snooze(minutes));
    }

    private static async Task<ActionReply> ResolveAsync(HttpContext http, AlertCommandHandler commands)
    {
        var (body, error) = await RequestBody.ReadAsync<AlertRequests.Resolve>(http.Request, optional: true);
        error ??= CheckText(body?.Note, "note", required: false);
        if (error is not null)
        {
            return error;
        }

        return await ActAsync(http, commands, new AlertCommand.Resolve(body?.Note?.Trim()));
    }

    private static async Task<ActionReply> ActAsync(HttpContext http, AlertCommandHandler commands, AlertCommand command)
    {
        var (action, refused) = SupervisorIdentity.From(http);
        if (refused is not null)
        {
            return refused;
        }

        var target = (AlertTarget)http.Items[typeof(AlertTarget)]!;
        var result = await commands.ActAsync(target, command, action!);
        return result.Succeeded ? TypedResults.Ok(result.Alert!) : Refusal(result, target.AlertId);
    }

    /// <summary>A refused action: 404 not found, 403 out of scope, 409 held by another or refused by the alert's state.</summary>
    private static ActionReply Refusal(AlertActionResult result, string id) => result.Outcome switch
    {
        AlertActionOutcome.NotFound => ApiError.NotFound("id", $"no alert '{id}'"),
        AlertActionOutcome.Forbidden => ApiError.Forbidden("id", $"alert '{id}' is not on a team or queue assigned to you"),
        AlertActionOutcome.Conflict => Conflict("conflict", result),
        _ => Conflict("invalid-state", result),
    };

    private static JsonHttpResult<AlertConflict> Conflict(string reason, AlertActionResult result) =>
        TypedResults.Json(new AlertConflict(reason, result.Reason!, result.HeldBy, result.Alert), statusCode: StatusCodes.Status409Conflict);

    private static JsonHttpResult<ApiError> BadId() =>
        ApiError.BadRequest("id", "invalid", "an alert id is '{rule}:{subjectId}:{n}', e.g. 'LongHold:c42:1'");

    private static JsonHttpResult<ApiError>? CheckText(string? text, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? ApiError.BadRequest(field, "required", $"{field} must not be empty") : null;
        }

        return text.Length > AlertRequests.MaxTextLength
            ? ApiError.BadRequest(field, "too-long", $"{field} is at most {AlertRequests.MaxTextLength} characters")
            : null;
    }
}
