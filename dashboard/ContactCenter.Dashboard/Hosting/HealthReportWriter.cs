using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>The readiness report as JSON: the overall status, then each check with what it found (the silos and their status).</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
