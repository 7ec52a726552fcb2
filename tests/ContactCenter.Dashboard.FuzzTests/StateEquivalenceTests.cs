using System.Text.Json;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// "The floor state afterwards equals the state from the valid events alone". App A gets a seeded valid
/// scenario buried in thousands of malformed, invalid, repeated and reused-id items, in random batches with refused
/// bodies in between; app B gets only the valid events, in the same order, one per request. Every item of A must come
/// to what it is (accepted, duplicate, rejected with a reason), and the two floors must then be equal.
/// </summary>
public sealed class StateEquivalenceTests
{
    [Fact]
    public async Task The_floor_after_hostile_traffic_equals_the_floor_from_the_valid_events_alone()
    {
        var r = new Random(Corpus.Seed);
        var now = DateTimeOffset.UtcNow;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var scenario = Scenario.Generate(r, now);
        var events = scenario.Events.ToList();
        Assert.True(events.Count >= 400, $"the scenario has only {events.Count} events");
        Assert.All(events, e => Assert.True(e.At <= scenario.Horizon && e.At >= scenario.Start, $"{e.EventId} at {e.At:O} is outside the scenario"));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
        Assert.Equal(events.Count, events.Select(e => e.At).Distinct().Count());

        var stream = SendPlan.Interleave(scenario, r);
        var plan = SendPlan.ForAppA(scenario, SendPlan.Batches(stream, scenario, r), r);
        var junk = plan.Where(p => p.Items is not null).Sum(p => p.Items!.Count(i => i.Kind != ItemKind.Valid));
        Assert.True(junk >= 3_000, $"only {junk} hostile items");
        Assert.Equal(stream.Count, plan.Where(p => p.Items is not null).Sum(p => p.Expected(ItemKind.Valid)));

        await using var appA = new FuzzApp();
        await using var appB = new FuzzApp();
        var (a, b) = (appA.Connector(), appB.Connector());
        var (readA, readB) = (await appA.ReaderAsync(), await appB.ReaderAsync());
        var problems = await Task.WhenAll(SendToA(appA, a, plan), SendToB(appB, b, stream));
        Assert.True(problems.All(p => p.Count == 0), "the apps did not answer as the plan says:\n" + string.Join("\n\n", problems.SelectMany(p => p).Take(12)));

        // Wait, with a deadline, until the two floors agree (grains apply some effects after the request returned).
        var deadline = DateTime.UtcNow.AddSeconds(20);
        SortedDictionary<string, string> stateA, stateB;
        List<string> differences;
        while (true)
        {
            stateA = await FloorState.ReadAsync(readA, scenario);
            stateB = await FloorState.ReadAsync(readB, scenario);
            differences = FloorState.Differences(stateA, stateB);
            if (differences.Count == 0 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(25); // a poll between reads, bounded by the deadline above
        }

        Assert.True(differences.Count == 0,
            $"{differences.Count} of {stateB.Count} fields differ between A (hostile traffic) and B (valid events only), as 'field: A | B':\n"
            + string.Join("\n", differences.Take(60)) + $"\nserver errors A: {appA.Log.Since(0)}\nserver errors B: {appB.Log.Since(0)}");

        // And both are the floor the scenario describes (so they are not equally wrong).
        var model = ModelDifferences(scenario, stateB);
        Assert.True(model.Count == 0, $"{model.Count} fields differ from the scenario's own model, as 'field: expected | app':\n" + string.Join("\n", model.Take(60)));
        Assert.True(stateB.Count > 500, $"only {stateB.Count} fields compared");
        Assert.True(appA.Log.Count == 0 && appB.Log.Count == 0, $"the server logged errors:\nA: {appA.Log.Since(0)}\nB: {appB.Log.Since(0)}");
    }

    private static async Task<List<string>> SendToB(FuzzApp app, HttpClient client, List<ScenarioEvent> stream)
    {
        var problems = new List<string>();
        foreach (var e in stream)
        {
            var outcome = await client.PostJsonAsync("[" + e.Json + "]");
            if (outcome.Code != 200 || !outcome.Body.StartsWith("{\"accepted\":1,\"duplicates\":0,\"rejected\":[]", StringComparison.Ordinal))
            {
                problems.Add($"B refused valid event {e.EventId} (its thread in order, alone in its request): {e.Json}\n  answer: {outcome}\n  server log: {app.Log.Since(0)}");
            }
        }

        return problems;
    }

    private static async Task<List<string>> SendToA(FuzzApp app, HttpClient client, List<PlannedRequest> plan)
    {
        var problems = new List<string>();
        foreach (var request in plan)
        {
            var logged = app.Log.Count;
            if (request.Refused is { } refused)
            {
                var answer = await client.PostAsync(refused);
                if (answer.Code != request.RefusedStatus || Verdicts.OfEventsReply(refused, answer) is not null)
                {
                    problems.Add($"request {request.Number}: expected {request.RefusedStatus} with a reason for {refused.Describe(300)}\n  answer: {answer}\n  server log: {app.Log.Since(logged)}");
                }

                continue;
            }

            var items = request.Items!;
            var fuzz = FuzzCase.Text("equivalence", $"request-{request.Number}", Raw.Array(items.Select(i => i.Json)));
            var outcome = await client.PostAsync(fuzz);
            if (Verdicts.OfEventsReply(fuzz, outcome) is { } fault)
            {
                problems.Add($"request {request.Number}: {fault}\n  answer: {outcome}\n  server log: {app.Log.Since(logged)}");
                continue;
            }

            using var body = JsonDocument.Parse(outcome.Body);
            var accepted = body.RootElement.GetProperty("accepted").GetInt32();
            var duplicates = body.RootElement.GetProperty("duplicates").GetInt32();
            var rejected = body.RootElement.GetProperty("rejected").EnumerateArray()
                .ToDictionary(x => x.GetProperty("index").GetInt32(), x => $"{x.GetProperty("reason").GetString()} ({x.GetProperty("field").GetString()}): {(x.TryGetProperty("detail", out var d) ? d.GetString() : null)}");
            var wrong = new List<string>();
            for (var i = 0; i < items.Count; i++)
            {
                var mustReject = items[i].Kind is ItemKind.Malformed or ItemKind.Invalid;
                if (mustReject != rejected.ContainsKey(i))
                {
                    wrong.Add($"  item {i} ({items[i].Kind}, {items[i].Note}) was {(mustReject ? "not rejected" : "rejected: " + rejected[i])}: {Excerpt(items[i].Json)}");
                }
            }

            var (wantAccepted, wantDuplicates) = (request.Expected(ItemKind.Valid), request.Expected(ItemKind.Repeat, ItemKind.SameIdOtherContent));
            if (wrong.Count > 0 || accepted != wantAccepted || duplicates != wantDuplicates)
            {
                problems.Add($"request {request.Number} ({items.Count} items): accepted {accepted} (expected {wantAccepted}), duplicates {duplicates} (expected {wantDuplicates})\n"
                    + string.Join("\n", wrong.Take(10)) + $"\n  server log: {app.Log.Since(logged)}");
            }
        }

        return problems;
    }

    private static string Excerpt(string json) => json.Length > 300 ? json[..300] + "..." : json;

    /// <summary>What the scenario says the floor must show: call states and holds, agent states and today's calls.</summary>
    private static List<string> ModelDifferences(Scenario scenario, IReadOnlyDictionary<string, string> state)
    {
        var expected = new Dictionary<string, string>();
        foreach (var call in scenario.Calls.Values)
        {
            expected[$"{call.CallId}.state"] = call.State;
            expected[$"{call.CallId}.holdCount"] = call.Holds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var today = DateTimeOffset.UtcNow.UtcDateTime.Date;
        foreach (var agent in scenario.Agents.Values)
        {
            expected[$"{agent.AgentId}.state"] = agent.State;
            expected[$"{agent.AgentId}.currentCallId"] = agent.CurrentCall ?? "null";
            expected[$"{agent.AgentId}.teamId"] = agent.TeamId;
            if (scenario.Start.UtcDateTime.Date == today)
            {
                expected[$"{agent.AgentId}.today.calls"] = agent.CountedCallEnds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return expected.Keys.Order(StringComparer.Ordinal)
            .Where(k => !state.TryGetValue(k, out var v) || v != expected[k])
            .Select(k => $"{k}: {expected[k]} | {(state.TryGetValue(k, out var v) ? v : "(absent)")}")
            .ToList();
    }
}
