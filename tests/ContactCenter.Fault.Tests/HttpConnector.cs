using System.Diagnostics;
using System.Net;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// A telephony connector over HTTP: each batch posted to <c>/api/events</c> until it is
/// acknowledged with a 200. Refused connections (the process is down) and 503s are retried;
/// every status seen is kept, because only 200 and 503 are allowed.
/// </summary>
public sealed class HttpConnector(Uri address)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    private readonly HttpClient http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    public HashSet<HttpStatusCode> Statuses { get; } = [];

    public int RefusedConnections { get; private set; }

    /// <summary>Events the product refused ("eventId: field reason"), from the acknowledged answers.</summary>
    public HashSet<string> Rejected { get; } = new(StringComparer.Ordinal);

    public async Task PostAsync(IEnumerable<FloorEvent[]> batches)
    {
        foreach (var batch in batches)
        {
            await PostOneAsync(batch);
        }
    }

    public async Task PostOneAsync(FloorEvent[] batch)
    {
        var body = EventWire.Batch(batch);
        var trying = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.PostAsync("/api/events", EventWire.Content(body));
                Statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    using var answer = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    foreach (var refused in answer.RootElement.GetProperty("rejected").EnumerateArray())
                    {
                        Rejected.Add($"{refused.GetProperty("eventId")}: {refused.GetProperty("field")} {refused.GetProperty("reason")}");
                    }

                    return;
                }
            }
            catch (HttpRequestException)
            {
                RefusedConnections++;
            }

            if (trying.Elapsed > Deadline)
            {
                throw new TimeoutException($"a batch was not acknowledged within {Deadline}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>Each queue's figures over the stream's intervals, as the API answers them.</summary>
    public async Task<Dictionary<string, string>> QueueFiguresAsync(IEnumerable<string> queues, DateTimeOffset from, DateTimeOffset to)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var queue in queues)
        {
            figures[$"queue {queue}"] = await http.GetStringAsync($"/api/queues/{queue}/stats?from={Uri.EscapeDataString(Wire.Time(from))}&to={Uri.EscapeDataString(Wire.Time(to))}");
        }

        return figures;
    }
}
