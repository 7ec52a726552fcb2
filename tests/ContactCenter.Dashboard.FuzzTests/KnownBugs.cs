using System.Text.Json;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// Server bugs the fuzz suite found, each pinned to its exact input, now fixed: these keep them fixed.
/// They share the fuzz suite's app; each test's "kb-" ids get a prefix of its own.
/// </summary>
[Collection(FuzzAppCollection.Name)]
public sealed class KnownBugs(FuzzApp app)
{
    private readonly string prefix = $"kb{Guid.NewGuid():N}"[..12] + "-";

    private string Ids(string text) => text.Replace("kb-", prefix, StringComparison.Ordinal);

    private static string T(DateTimeOffset at) => Raw.Time(at);

    private static DateTimeOffset Now() => DateTimeOffset.UtcNow.AddTicks(-(DateTimeOffset.UtcNow.Ticks % TimeSpan.TicksPerSecond));

    [Theory]
    [InlineData("not-ready")]
    [InlineData("wrap-up")]
    public async Task An_event_sixty_days_ahead_is_not_a_500(string state)
    {
        var at = Now().AddDays(60);
        var body = $$"""
            [{"eventId":"kb-1","type":"AgentLoggedIn","at":"{{T(at)}}","agentId":"kb-a1","queues":["kb-q1"]},
             {"eventId":"kb-2","type":"AgentStateChanged","at":"{{T(at.AddSeconds(1))}}","agentId":"kb-a1","state":"{{state}}","reason":"lunch"}]
            """;
        var outcome = await app.Connector().PostJsonAsync(Ids(body));
        Assert.True(outcome.Code is 200 or 400, $"{body}\n→ {outcome}\n{app.Log.Since(0)}");
    }

    [Fact]
    public async Task The_far_future_corpus_gets_no_5xx()
    {
        var client = app.Connector();
        var cases = Corpus.All.Where(c => c.Category == "far-future").ToList();
        var failures = new Failures();
        foreach (var fuzz in cases)
        {
            var logged = app.Log.Count;
            var outcome = await client.PostAsync(fuzz);
            if (Verdicts.OfEventsReply(fuzz, outcome) is { } fault)
            {
                failures.Add(fault, fuzz.Describe(), outcome, app.Log.Since(logged));
            }
        }

        Assert.True(failures.IsEmpty, failures.Report("'far-future' requests", cases.Count));
    }

    [Theory]
    [InlineData("""[{"eventId":"kb-1","type":"CallQueued","at":"9999-12-31T23:59:59Z","callId":"kb-c1","queueId":"kb-q1"}]""")]
    [InlineData("""[{"eventId":"kb-1","type":"CallAnswered","at":"9999-12-31T23:59:59Z","callId":"kb-c1","agentId":"kb-a1"}]""")]
    public async Task An_event_at_the_end_of_time_is_not_a_500(string body)
    {
        var outcome = await app.Connector().PostJsonAsync(Ids(body));
        Assert.True(outcome.Code is 200 or 400, $"{body}\n→ {outcome}\n{app.Log.Since(0)}");
    }

    [Fact]
    public async Task Two_consecutive_calls_of_one_agent_in_one_batch_are_both_accepted()
    {
        var client = app.Connector();
        var t0 = Now().AddMinutes(-30);
        var refused = new List<string>();
        for (var k = 0; k < 10; k++)
        {
            var (agent, queue) = ($"kb-a{k}", $"kb-q{k}");
            await client.PostJsonAsync(Ids($$"""[{"eventId":"kb-l{{k}}","type":"AgentLoggedIn","at":"{{T(t0)}}","agentId":"{{agent}}","queues":["{{queue}}"]}]"""));
            var batch = $$"""
                [{"eventId":"kb-{{k}}-1","type":"CallQueued","at":"{{T(t0.AddSeconds(1))}}","callId":"kb-c{{k}}a","queueId":"{{queue}}"},
                 {"eventId":"kb-{{k}}-2","type":"CallAnswered","at":"{{T(t0.AddSeconds(2))}}","callId":"kb-c{{k}}a","agentId":"{{agent}}"},
                 {"eventId":"kb-{{k}}-3","type":"CallEnded","at":"{{T(t0.AddSeconds(10))}}","callId":"kb-c{{k}}a"},
                 {"eventId":"kb-{{k}}-4","type":"CallQueued","at":"{{T(t0.AddSeconds(11))}}","callId":"kb-c{{k}}b","queueId":"{{queue}}"},
                 {"eventId":"kb-{{k}}-5","type":"CallOffered","at":"{{T(t0.AddSeconds(12))}}","callId":"kb-c{{k}}b","agentId":"{{agent}}"},
                 {"eventId":"kb-{{k}}-6","type":"CallAnswered","at":"{{T(t0.AddSeconds(13))}}","callId":"kb-c{{k}}b","agentId":"{{agent}}"}]
                """;
            var outcome = await client.PostJsonAsync(Ids(batch));
            if (!outcome.Body.Contains("\"rejected\":[]", StringComparison.Ordinal))
            {
                var call = await (await app.ReaderAsync()).ReadAsync(Ids($"/api/calls/kb-c{k}a"));
                refused.Add($"{batch}\n→ {outcome}\n→ GET /api/calls/kb-c{k}a: {call}");
            }
        }

        Assert.True(refused.Count == 0, $"{refused.Count} of 10 valid batches had events refused:\n" + string.Join("\n\n", refused.Take(2)));
    }

    [Fact]
    public async Task A_wrap_up_counts_until_the_agent_is_available_even_when_the_next_offer_shares_the_batch()
    {
        var client = app.Connector();
        var t0 = Now().AddMinutes(-20);
        var first = $$"""
            [{"eventId":"kb-1","type":"AgentLoggedIn","at":"{{T(t0)}}","agentId":"kb-a1","queues":["kb-q1"]},
             {"eventId":"kb-2","type":"CallQueued","at":"{{T(t0.AddSeconds(10))}}","callId":"kb-c1","queueId":"kb-q1"},
             {"eventId":"kb-3","type":"CallAnswered","at":"{{T(t0.AddSeconds(20))}}","callId":"kb-c1","agentId":"kb-a1"},
             {"eventId":"kb-4","type":"CallEnded","at":"{{T(t0.AddSeconds(80))}}","callId":"kb-c1","reason":"completed"},
             {"eventId":"kb-5","type":"AgentStateChanged","at":"{{T(t0.AddSeconds(81))}}","agentId":"kb-a1","state":"wrap-up"}]
            """;
        var second = $$"""
            [{"eventId":"kb-6","type":"AgentStateChanged","at":"{{T(t0.AddSeconds(91))}}","agentId":"kb-a1","state":"available"},
             {"eventId":"kb-7","type":"CallQueued","at":"{{T(t0.AddSeconds(200))}}","callId":"kb-c2","queueId":"kb-q1"},
             {"eventId":"kb-8","type":"CallOffered","at":"{{T(t0.AddSeconds(300))}}","callId":"kb-c2","agentId":"kb-a1"}]
            """;
        await client.PostJsonAsync(Ids(first));
        var answer = await client.PostJsonAsync(Ids(second));
        var from = T(t0.AddHours(-1));
        var to = T(t0.AddHours(2));
        var stats = await (await app.ReaderAsync()).ReadAsync(Ids($"/api/queues/kb-q1/stats?from={from}&to={to}"));
        using var document = JsonDocument.Parse(stats.Body);
        var handle = document.RootElement.GetProperty("totals").GetProperty("totalHandleSeconds").GetDouble();

        // 60 s of talk, then wrap-up from +81 s to +91 s: 70 s. Counted up to the offer at +300 s it is 279 s.
        Assert.True(handle == 70, $"totalHandleSeconds {handle}, expected 70 (60 s talk + 10 s wrap-up)\n{first}\n{second}\n→ {answer}");
    }

    /// <summary>
    /// README ("Event API"): idempotency is per subject. A repeat of an event is caught wherever it
    /// goes; an id reused by a source for another call is another event (no floor-wide id index).
    /// </summary>
    [Fact]
    public async Task An_event_id_is_a_duplicate_for_its_own_subject_and_another_subjects_event_is_its_own()
    {
        var client = app.Connector();
        var at = T(Now().AddMinutes(-5));
        await client.PostJsonAsync(Ids($$"""[{"eventId":"kb-dup","type":"CallQueued","at":"{{at}}","callId":"kb-c1","queueId":"kb-q1"}]"""));
        var repeat = await client.PostJsonAsync(Ids($$"""[{"eventId":"kb-dup","type":"CallQueued","at":"{{at}}","callId":"kb-c1","queueId":"kb-q1"}]"""));
        var other = await client.PostJsonAsync(Ids($$"""[{"eventId":"kb-dup","type":"CallQueued","at":"{{at}}","callId":"kb-c2","queueId":"kb-q1"}]"""));
        Assert.True(repeat.Body.StartsWith("{\"accepted\":0,\"duplicates\":1", StringComparison.Ordinal), $"repeat → {repeat}");
        Assert.True(other.Body.StartsWith("{\"accepted\":1,\"duplicates\":0", StringComparison.Ordinal), $"another call → {other}");
    }

    [Theory]
    [InlineData("/api/agents/a%0A")]
    [InlineData("/api/calls/c%0A")]
    [InlineData("/api/queues/q%0A")]
    [InlineData("/api/queues/q%0A/stats")]
    [InlineData("/api/alerts/LongHold:c%0A:1")]
    public async Task An_id_with_a_trailing_newline_is_refused_as_invalid(string path)
    {
        var outcome = await (await app.ReaderAsync()).ReadAsync(path);
        Assert.True(outcome.Code == 400, $"GET {path} → {outcome}");
    }
}
