using System.Net.Http.Headers;
using ContactCenter.Dashboard.Security;

namespace ContactCenter.Dashboard.Operations;

/// <summary>
/// <c>replay-queue-log FILE [--url URL]</c>: gives a running floor a queue_log file after an
/// outage, whole (streamed, any size), through the same endpoint a connector posts to. The floor
/// counts every line at its own time, so the day comes out as it would have; a replay run twice
/// changes nothing. The connector key is read from standard input (a command line is visible to
/// other users of the machine).
/// </summary>
public static class QueueLogReplayCommand
{
    public const string Name = "replay-queue-log";
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, HttpClient? http = null)
    {
        if (args is not [var file, .. var rest] || file.StartsWith("--", StringComparison.Ordinal))
        {
            stderr.WriteLine($"usage: {Name} FILE [--url {DefaultUrl}] (the connector key on standard input)");
            return 2;
        }

        if (!File.Exists(file))
        {
            stderr.WriteLine($"FILE: no file '{file}'");
            return 2;
        }

        var url = rest is ["--url", var given, ..] ? given : DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            stderr.WriteLine($"--url: '{url}' is not an absolute URL");
            return 2;
        }

        var key = stdin.ReadLine()?.Trim();
        using var owned = http is null ? new HttpClient { Timeout = Timeout.InfiniteTimeSpan } : null;
        var client = http ?? owned!;
        await using var body = File.OpenRead(file);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/api/connectors/queue-log")) { Content = new StreamContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        if (!string.IsNullOrEmpty(key))
        {
            request.Headers.Add(ApiKeyAuthenticationHandler.Header, key);
        }

        try
        {
            using var response = await client.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                stderr.WriteLine($"the floor answered {(int)response.StatusCode}: {answer}");
                return 1;
            }

            stdout.WriteLine(answer);
            return 0;
        }
        catch (HttpRequestException e)
        {
            stderr.WriteLine($"--url: the floor at {address} cannot be reached ({e.Message})");
            return 1;
        }
    }
}
