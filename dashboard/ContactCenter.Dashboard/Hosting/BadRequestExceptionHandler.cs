using ContactCenter.Dashboard.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// Input the framework itself refuses (a body over Kestrel's limit, a malformed request) is the
/// client's fault: answer with its 4xx status and a reason, never a 500.
/// </summary>
public sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        http.Response.StatusCode = bad.StatusCode;
        var reason = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "too-large" : "invalid";
        await http.Response.WriteAsJsonAsync(new ApiError("body", reason, bad.Message), cancellationToken);
        return true;
    }
}
