using System.Diagnostics;
using System.Net;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>What came back for one request: the status, the raw body, or that nothing came back in time.</summary>
public sealed record Outcome(HttpStatusCode Status, string Body, string? MediaType, TimeSpan Took, bool TimedOut = false, string? ClientError = null)
{
    public int Code => (int)Status;

    public override string ToString() => TimedOut
        ? $"no answer within {Took.TotalSeconds:0.#} s"
        : ClientError ?? $"{Code} {Status} in {Took.TotalMilliseconds:0} ms: {(Body.Length > 1_500 ? Body[..1_500] + "..." : Body)}";
}

/// <summary>Sends requests with a deadline each, the connector key always, and patience for a rate limiter (429 + Retry-After).</summary>
public static class FuzzClient
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static Task<Outcome> PostAsync(this HttpClient client, FuzzCase fuzz, string path = "/api/events") =>
        SendAsync(client, HttpMethod.Post, path, () =>
        {
            HttpContent content = fuzz.Chunked ? new UnsizedContent(fuzz.Body) : new ByteArrayContent(fuzz.Body);
            if (fuzz.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
            }

            return content;
        });

    public static Task<Outcome> PostJsonAsync(this HttpClient client, string json, string path = "/api/events") =>
        PostAsync(client, FuzzCase.Text("json", "json", json), path);

    public static Task<Outcome> ReadAsync(this HttpClient client, string path) => SendAsync(client, HttpMethod.Get, path, null);

    private static async Task<Outcome> SendAsync(HttpClient client, HttpMethod method, string path, Func<HttpContent>? content)
    {
        for (var attempt = 0; ; attempt++)
        {
            var clock = Stopwatch.StartNew();
            using var deadline = new CancellationTokenSource(Deadline);
            using var request = new HttpRequestMessage(method, path) { Content = content?.Invoke() };
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token);
                var body = await response.Content.ReadAsStringAsync(deadline.Token);
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 50)
                {
                    // A rate limiter is a 4xx with a reason, but the inputs must still reach the API: wait as told.
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200);
                    await Task.Delay(wait > TimeSpan.FromSeconds(2) ? TimeSpan.FromSeconds(2) : wait);
                    continue;
                }

                return new Outcome(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, clock.Elapsed);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                return new Outcome(0, string.Empty, null, clock.Elapsed, TimedOut: true);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
            {
                // The in-memory server surfaces an exception that escaped the app as a failed request.
                return new Outcome(0, string.Empty, null, clock.Elapsed, ClientError: "the request failed: " + e);
            }
        }
    }

    /// <summary>A body sent without a Content-Length, as a chunked upload.</summary>
    private sealed class UnsizedContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < body.Length; offset += 81_920)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(81_920, body.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
