using Microsoft.AspNetCore.Http.HttpResults;
using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Who acts: the signed-in supervisor; with security off, the one named in the X-Supervisor header;
/// X-Operation-Id makes a retried command harmless. Identity is passed to the grains explicitly,
/// never through request context.
/// </summary>
public static class SupervisorIdentity
{
    public const string Header = "X-Supervisor";
    public const string OperationHeader = "X-Operation-Id";

    public static (SupervisorAction? Action, JsonHttpResult<ApiError>? Error) From(HttpContext http)
    {
        // Signed in, the supervisor is who the token says; the header only stands in while security is off.
        var supervisor = http.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : http.Request.Headers[Header].ToString();
        if (!Ids.IsValid(supervisor))
        {
            return (null, ApiError.BadRequest(Header, supervisor.Length == 0 ? "required" : "invalid", $"the {Header} header must name the supervisor (1 to 64 of A-Z, a-z, 0-9, '.', '_' or '-')"));
        }

        var operation = http.Request.Headers[OperationHeader].ToString();
        if (operation.Length > 128)
        {
            return (null, ApiError.BadRequest(OperationHeader, "too-long", $"{OperationHeader} is at most 128 characters"));
        }

        return (new SupervisorAction(supervisor, operation.Length == 0 ? null : operation, http.Connection.RemoteIpAddress?.ToString()), null);
    }
}
