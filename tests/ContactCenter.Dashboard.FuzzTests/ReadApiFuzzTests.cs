using System.Text;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>The read side's path and query parameters, fed random and edge-case text (URL-escaped): never a 5xx, never a hang.</summary>
[Collection(FuzzAppCollection.Name)]
public sealed class ReadApiFuzzTests(FuzzApp app)
{
    private const int Seed = Corpus.Seed;

    public static TheoryData<string> Endpoints => new("queue-stats", "queue", "agent", "call", "alerts", "alert", "audit", "queue-csv", "agent-csv");

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Garbage_in_paths_and_queries_never_gets_a_5xx(string endpoint)
    {
        var client = await app.ReaderAsync();

        // Real subjects too, so a parameter that passes the id check goes on to the grains.
        var now = DateTimeOffset.UtcNow;
        var seed = new Random(Seed);
        var life = Shapes.CallLife(seed, now.AddMinutes(-5), s => now.AddMinutes(-5).AddSeconds(s));
        var setup = await app.Connector().PostJsonAsync(Raw.Array(life.Select(Raw.Object)));
        Assert.True(setup.Code == 200, $"setup: {setup}");
        string Id(int item, string field) => life[item].First(f => f.PlainName == field).Value.Trim('"');
        var (queue, agent, call) = (Id(1, "queueId"), Id(0, "agentId"), Id(1, "callId"));

        var paths = ReadPaths.For(endpoint, new Random(Seed + endpoint.Length), queue, agent, call).ToList();
        var failures = new Failures();
        await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (path, _) =>
        {
            var logged = app.Log.Count;
            var outcome = await client.ReadAsync(path);
            if (Verdicts.OfReadReply(outcome) is { } fault)
            {
                failures.Add(fault, "GET " + path, outcome, app.Log.Since(logged));
            }
        });

        Assert.True(paths.Count >= 200, $"only {paths.Count} paths");
        Assert.True(failures.IsEmpty, failures.Report($"GETs of '{endpoint}'", paths.Count));

        // The reads got past authorisation to the handlers: the real subjects read fine.
        var real = await client.ReadAsync($"/api/calls/{call}");
        Assert.True(real.Code == 200, $"GET /api/calls/{call}: {real}");
    }
}

/// <summary>Paths for one read endpoint: random text, percent-encoded bytes that are not UTF-8, and edge values.</summary>
public static class ReadPaths
{
    private static readonly string[] EdgeTimes =
    [
        "", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "0001-01-02T00:00:00Z", "9999-12-31T00:00:00Z", "9999-12-31T23:59:59Z",
        "9999-12-31T23:59:59.9999999Z", "9999-12-31T10:00:00-14:00", "2026-11-24T10:00:00+01:00", "2026-11-24T10:00:00 01:00", "2026-11-24T10:00:00",
        "2026-02-30T10:00:00Z", "2026-11-24T10:00:00+99:99", "2026-11-24T10:00:00-00:00", "Z", "z", "+00:00", "-00:00", "1e309Z", "now", "today",
        "2026-11-24T10:00:00.99999999999999999999Z", "2026-11-24", "24/11/2026 10:00:00Z", "Tue, 24 Nov 2026 10:00:00 GMT", "2026-11-24T10:00:00+14:00",
    ];

    private static readonly string[] EdgeDates =
    [
        "", "0001-01-01", "9999-12-31", "0000-01-01", "2026-02-29", "2026-02-30", "2026-1-1", "26-11-24", "2026-11-24T00:00:00Z", "2026/11/24",
        "2026-11-24\n", " 2026-11-24", "２０２６-１１-２４", "-2026-11-24", "10000-01-01",
    ];

    private static readonly string[] EdgeIds =
    [
        ".", "..", "...", "-", "_", "a\n", "a\r", "a%", "%", "a b", "a:b", "a/b", new string('a', 64), new string('a', 65), new string('a', 10_000),
        "\u0000", "q1\u0000", "\u202Eq1", "q\u00e9", "con", "aux", "nul",
    ];

    private static readonly string[] AlertIdShapes =
    [
        "LongHold:{0}:1", "LongHold:{0}:0", "LongHold:{0}:-1", "LongHold:{0}:2147483648", "LongHold:{0}:99999999999999999999", "LongHold:{0}:1:2",
        "longhold:{0}:1", "0:{0}:1", "7:{0}:1", "AssistanceRequested:{0}:1", "QueueWait:{0}:1", "ServiceLevel:{0}:01", "LongHold::1", ":{0}:1",
        "LongHold:{0}:", "LongHold:{0}: 1", "LongHold:{0}:+1", "LongHold:{0}:1\n", "Long Hold:{0}:1", "None:{0}:1", "LongHold,QueueWait:{0}:1",
    ];

    public static IEnumerable<string> For(string endpoint, Random r, string queue, string agent, string call)
    {
        for (var i = 0; i < 300; i++)
        {
            var pick = r.Next(4);
            string Text() => pick switch
            {
                0 => Escape(RandomText(r)),
                1 => PercentBytes(r),
                2 => Escape(r.Pick(EdgeIds)),
                _ => Escape(Shapes.Chars(r, 1 + r.Next(80), "abcdefghijklmnopqrstuvwxyz0123456789._-:/ %+&=?#")),
            };

            var path = endpoint switch
            {
                "queue-stats" => i % 3 == 0
                    ? $"/api/queues/{Text()}/stats?from={Text()}&to={Text()}"
                    : $"/api/queues/{(r.Next(4) == 0 ? Text() : queue)}/stats?{Range(r)}",
                "queue" => $"/api/queues/{(i % 5 == 0 ? queue : Text())}",
                "agent" => $"/api/agents/{(i % 5 == 0 ? agent : Text())}",
                "call" => $"/api/calls/{(i % 5 == 0 ? call : Text())}",
                "alerts" => $"/api/alerts?status={(i % 4 == 0 ? Escape(r.Pick(new[] { "open", "all", "OPEN", "All", "", " open", "closed", "open,all", "resolved" })) : Text())}{(r.Next(5) == 0 ? "&status=all" : string.Empty)}",
                "alert" => $"/api/alerts/{(i % 2 == 0 ? Escape(string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(AlertIdShapes), r.Pick(new[] { agent, call, queue, "x", "a:b", "\u00e9" }))) : Text())}",
                "queue-csv" => i % 3 == 0
                    ? $"/api/reports/queues/{Text()}/intervals.csv?from={Text()}&to={Text()}"
                    : $"/api/reports/queues/{(r.Next(4) == 0 ? Text() : queue)}/intervals.csv?{Range(r)}",
                "agent-csv" => $"/api/reports/agents/{(i % 3 == 0 ? agent : Text())}/days.csv?from={(i % 2 == 0 ? Escape(r.Pick(EdgeDates)) : Text())}&to={(i % 3 == 0 ? Escape(r.Pick(EdgeDates)) : Text())}",
                _ => $"/api/audit?date={(i % 3 == 0 ? Escape(r.Pick(EdgeDates)) : Text())}",
            };

            // The in-memory client refuses to send a path holding NUL (Kestrel answers 400 to it): keep NUL to queries.
            var query = path.IndexOf('?', StringComparison.Ordinal);
            var head = query < 0 ? path : path[..query];
            yield return head.Replace("%00", "%01", StringComparison.OrdinalIgnoreCase) + (query < 0 ? string.Empty : path[query..]);
        }
    }

    private static string Range(Random r)
    {
        var query = new List<string>();
        string Time() => r.Next(3) == 0 ? PercentBytes(r) : Escape(r.Pick(EdgeTimes));
        if (r.Next(4) != 0)
        {
            query.Add("from=" + Time());
        }

        if (r.Next(4) != 0)
        {
            query.Add("to=" + Time());
        }

        if (r.Next(8) == 0)
        {
            query.Add("from=" + Time());
        }

        if (r.Next(8) == 0)
        {
            // A raw '+' in an offset arrives as a space.
            query.Add("to=9999-12-31T23:59:59+00:00");
        }

        return string.Join("&", query);
    }

    private static string RandomText(Random r)
    {
        var text = new StringBuilder();
        for (var n = 1 + r.Next(40); n > 0; n--)
        {
            text.Append(r.Next(5) switch
            {
                0 => (char)r.Next(0x20, 0x7F),
                1 => (char)r.Next(0x00, 0x20),
                2 => (char)r.Next(0xA0, 0x3000),
                3 => char.ConvertFromUtf32(r.Next(0x1F300, 0x1F6FF)),
                _ => (char)r.Next('a', 'z' + 1),
            });
        }

        return text.ToString();
    }

    /// <summary>Random bytes percent-encoded: often not UTF-8 once decoded.</summary>
    private static string PercentBytes(Random r)
    {
        var bytes = new byte[1 + r.Next(24)];
        r.NextBytes(bytes);
        return string.Concat(bytes.Select(b => "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Escape(string text) => Uri.EscapeDataString(text);
}
