namespace ContactCenter.Dashboard.FuzzTests;

public enum ItemKind
{
    /// <summary>A scenario event, sent for the first time.</summary>
    Valid,

    /// <summary>A scenario event sent again, byte for byte: a duplicate.</summary>
    Repeat,

    /// <summary>An event reusing a sent event's id and subject with other content: a duplicate, changing nothing.</summary>
    SameIdOtherContent,

    /// <summary>An item the parser must reject.</summary>
    Malformed,

    /// <summary>A well-formed event the floor must reject: it cannot happen from the subject's state at its time.</summary>
    Invalid,
}

public sealed record PlannedItem(ItemKind Kind, string Json, string Note);

/// <summary>One request to app A: a batch of items with what each must come to, or a whole body that must be refused.</summary>
public sealed record PlannedRequest(int Number, IReadOnlyList<PlannedItem>? Items, FuzzCase? Refused = null, int RefusedStatus = 0)
{
    public int Expected(params ItemKind[] kinds) => Items!.Count(i => kinds.Contains(i.Kind));
}

/// <summary>
/// How the scenario reaches app A: its valid events in an order that interleaves the threads (each thread in its
/// own order), cut into random batches, each batch padded with malformed and invalid items, repeats and reused ids,
/// often shuffled, with whole bodies that must be refused (truncated, not an array, too deep, too large) in between;
/// ending with a batch of repeats. Whole refused bodies carry valid events that come later: nothing of them may apply.
/// </summary>
public static class SendPlan
{
    /// <summary>The scenario's valid events in the order both apps get them: threads interleaved, each in its own order.</summary>
    public static List<ScenarioEvent> Interleave(Scenario scenario, Random r)
    {
        var cursors = new int[scenario.Threads.Count];
        var stream = new List<ScenarioEvent>();
        var open = Enumerable.Range(0, scenario.Threads.Count).Where(t => scenario.Threads[t].Count > 0).ToList();
        while (open.Count > 0)
        {
            var thread = r.Pick(open);
            for (var take = 1 + r.Next(3); take > 0 && cursors[thread] < scenario.Threads[thread].Count; take--)
            {
                stream.Add(scenario.Threads[thread][cursors[thread]++]);
            }

            if (cursors[thread] == scenario.Threads[thread].Count)
            {
                open.Remove(thread);
            }
        }

        return stream;
    }

    /// <summary>
    /// Cuts the stream into batches, steering clear of two known bugs (see KnownBugs) that valid batches alone trigger:
    /// a batch holds the events of at most one call per agent (two calls race at the agent grain), and none of an
    /// agent's call events after one of its own events (the router applies call events first, so an 'available' that
    /// shares a batch with the next offer lands late and the wrap-up is counted up to the offer).
    /// </summary>
    public static List<List<ScenarioEvent>> Batches(IReadOnlyList<ScenarioEvent> stream, Scenario scenario, Random r)
    {
        var agentOfThread = scenario.Threads.Select(t => t.FirstOrDefault(e => e.Type == "AgentLoggedIn")?.AgentId).ToArray();
        var batches = new List<List<ScenarioEvent>>();
        var i = 0;
        while (i < stream.Count)
        {
            var size = 1 + r.Next(30);
            var batch = new List<ScenarioEvent>();
            var callOfAgent = new Dictionary<string, string>();
            var ownEventOf = new HashSet<string>();
            while (i < stream.Count && batch.Count < size)
            {
                var e = stream[i];
                if (e.IsCallEvent && agentOfThread[e.Thread] is { } agent)
                {
                    if ((callOfAgent.TryGetValue(agent, out var other) && other != e.CallId) || ownEventOf.Contains(agent))
                    {
                        break;
                    }

                    callOfAgent[agent] = e.CallId!;
                }
                else if (!e.IsCallEvent)
                {
                    ownEventOf.Add(e.AgentId!);
                }

                batch.Add(e);
                i++;
            }

            batches.Add(batch);
        }

        return batches;
    }

    public static List<PlannedRequest> ForAppA(Scenario scenario, IReadOnlyList<List<ScenarioEvent>> batches, Random r)
    {
        var requests = new List<PlannedRequest>();
        var sent = new List<ScenarioEvent>();
        var sentIds = new HashSet<string>();
        var all = scenario.Events.ToList();
        var junk = 0;
        for (var b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
            var items = batch.Select(e => new PlannedItem(ItemKind.Valid, e.Json, e.EventId)).ToList();
            var targets = new Targets(scenario, scenario.Calls.Values.Where(c => all.Where(e => e.CallId == c.CallId).All(e => sentIds.Contains(e.EventId))).ToList());
            for (var n = 20 + r.Next(100); n > 0; n--)
            {
                items.Add(Junk(scenario, r, all, sent, targets, ref junk));
            }

            // Repeats of this batch's own events: the second of two equal items is the duplicate, whichever it is.
            foreach (var e in batch.Where(_ => r.Next(10) == 0))
            {
                items.Add(new PlannedItem(ItemKind.Repeat, e.Json, "repeat in its own batch: " + e.EventId));
            }

            if (r.Next(2) == 0)
            {
                Corpus.Shuffle(r, items);
            }

            requests.Add(new PlannedRequest(requests.Count, items));
            sent.AddRange(batch);
            foreach (var e in batch)
            {
                sentIds.Add(e.EventId);
            }

            if (r.Next(10) < 4)
            {
                var later = all.Where(e => !sentIds.Contains(e.EventId)).ToList();
                var (body, status) = RefusedWhole(r, later.Count > 0 ? later : all);
                requests.Add(new PlannedRequest(requests.Count, null, body, status));
            }
        }

        // Last, everything again for a while: repeats and reused ids must all be duplicates now.
        var final = new List<PlannedItem>();
        for (var n = 0; n < 400; n++)
        {
            var e = r.Pick(sent);
            final.Add(r.Next(4) == 0
                ? new PlannedItem(ItemKind.SameIdOtherContent, OtherContent(r, e), "reused id of " + e.EventId)
                : new PlannedItem(ItemKind.Repeat, e.Json, "repeat of " + e.EventId));
        }

        var everything = new Targets(scenario, scenario.Calls.Values.ToList());
        for (var n = 0; n < 200; n++)
        {
            final.Add(Junk(scenario, r, all, sent, everything, ref junk));
        }

        Corpus.Shuffle(r, final);
        requests.Add(new PlannedRequest(requests.Count, final));
        return requests;
    }

    /// <summary>What invalid events can be aimed at: calls and busy spans whose events were all sent before.</summary>
    private sealed class Targets
    {
        public Targets(Scenario scenario, List<CallModel> fullySent)
        {
            Calls = fullySent;
            Over = fullySent.Where(c => c.State is "ended" or "abandoned").ToList();
            Talking = fullySent.Where(c => c.Talking.Exists(s => (s.To - s.From).TotalMilliseconds > 3)).ToList();
            var sentCalls = fullySent.Select(c => c.CallId).ToHashSet();
            Busy = scenario.Agents.Values
                .SelectMany(a => a.Busy.Where(s => sentCalls.Contains(s.CallId) && (s.To - s.From).TotalMilliseconds > 3).Select(s => (Agent: a.AgentId, s.From, s.To)))
                .ToList();
        }

        public List<CallModel> Calls { get; }

        public List<CallModel> Over { get; }

        public List<CallModel> Talking { get; }

        public List<(string Agent, DateTimeOffset From, DateTimeOffset To)> Busy { get; }
    }

    private static PlannedItem Junk(Scenario scenario, Random r, List<ScenarioEvent> all, List<ScenarioEvent> sent, Targets targets, ref int junk)
    {
        junk++;
        var roll = r.Next(100);
        if (roll < 45 || sent.Count == 0)
        {
            return new PlannedItem(ItemKind.Malformed, Broken.Item(r, r.Pick(all).Fields), "malformed");
        }

        if (roll < 60)
        {
            var e = r.Pick(sent);
            return new PlannedItem(ItemKind.Repeat, e.Json, "repeat of " + e.EventId);
        }

        if (roll < 70)
        {
            var e = r.Pick(sent);
            return new PlannedItem(ItemKind.SameIdOtherContent, OtherContent(r, e), "reused id of " + e.EventId);
        }

        return Invalid(scenario, r, targets, junk);
    }

    /// <summary>Another event under a sent event's id, about the same subject (so it meets the same grain).</summary>
    private static string OtherContent(Random r, ScenarioEvent e)
    {
        var at = Raw.Time(e.At.AddSeconds(r.Next(2) == 0 ? -r.Next(1, 90) : r.Next(1, 90)));
        var fields = new List<Field> { Field.Text("eventId", e.EventId) };
        if (e.IsCallEvent)
        {
            fields.Add(Field.Text("type", r.Pick(new[] { "CallHeld", "CallResumed", "CallEnded", "CallAbandoned", "CallQueued" })));
            fields.Add(Field.Text("at", at));
            fields.Add(Field.Text("callId", e.CallId!));
            fields.Add(Field.Text("queueId", Scenario.Prefix + "q1"));
        }
        else
        {
            var type = r.Pick(new[] { "AgentStateChanged", "AgentLoggedOut", "AssistanceRequested" });
            fields.Add(Field.Text("type", type));
            fields.Add(Field.Text("at", at));
            fields.Add(Field.Text("agentId", e.AgentId!));
            fields.Add(Field.Text("state", "not-ready"));
            fields.Add(Field.Text("reason", "reused id"));
        }

        return Raw.Object(fields);
    }

    private static string JunkId(Random r) => $"{Scenario.Prefix}junk-{r.NextInt64():x16}";

    private static string CallEvent(Random r, string type, DateTimeOffset at, string callId, params Field[] extra) =>
        Raw.Object(new[] { Field.Text("eventId", JunkId(r)), Field.Text("type", type), Field.Text("at", Raw.Time(at)), Field.Text("callId", callId) }.Concat(extra));

    private static string AgentEvent(Random r, string type, DateTimeOffset at, string agentId, params Field[] extra) =>
        Raw.Object(new[] { Field.Text("eventId", JunkId(r)), Field.Text("type", type), Field.Text("at", Raw.Time(at)), Field.Text("agentId", agentId) }.Concat(extra));

    private static DateTimeOffset Inside(Random r, DateTimeOffset from, DateTimeOffset to) =>
        from.AddMilliseconds(1 + r.NextInt64(Math.Max(1, (long)(to - from).TotalMilliseconds - 2)));

    /// <summary>A well-formed event that the subject's state at its time forbids, whenever it arrives from now on.</summary>
    private static PlannedItem Invalid(Scenario scenario, Random r, Targets targets, int n)
    {
        var (over, talking, busy, fullySent) = (targets.Over, targets.Talking, targets.Busy, targets.Calls);
        var queue = r.Pick(scenario.Queues);
        switch (r.Next(7))
        {
            case 0 when over.Count > 0:
                var ended = r.Pick(over);
                var late = ended.LastAt.AddSeconds(r.Next(1, 600));
                return new PlannedItem(ItemKind.Invalid, r.Next(3) switch
                {
                    0 => CallEvent(r, "CallHeld", late, ended.CallId),
                    1 => CallEvent(r, "CallResumed", late, ended.CallId),
                    _ => CallEvent(r, "CallAnswered", late, ended.CallId, Field.Text("agentId", ended.Agent ?? r.Pick(scenario.Agents.Keys.ToArray()))),
                }, "after the end of " + ended.CallId);
            case 1 when fullySent.Exists(c => c.Queue is not null):
                // In the queue it is in: into another, while it waits, would be a failover and valid.
                var again = r.Pick(fullySent.Where(c => c.Queue is not null).ToList());
                return new PlannedItem(ItemKind.Invalid, CallEvent(r, "CallQueued", again.LastAt.AddSeconds(-r.Next(0, 300)), again.CallId, Field.Text("queueId", again.Queue!)), "queued again: " + again.CallId);
            case 2 when talking.Count > 0:
                var call = r.Pick(talking);
                var span = r.Pick(call.Talking.Where(s => (s.To - s.From).TotalMilliseconds > 3).ToList());
                return new PlannedItem(ItemKind.Invalid, CallEvent(r, "CallResumed", Inside(r, span.From, span.To), call.CallId), "resume while talking: " + call.CallId);
            case 3 when busy.Count > 0:
                var (agent, from, to) = r.Pick(busy);
                return new PlannedItem(ItemKind.Invalid, CallEvent(r, r.Next(2) == 0 ? "CallAnswered" : "CallOffered", Inside(r, from, to), $"{Scenario.Prefix}j{n}", Field.Text("agentId", agent), Field.Text("queueId", queue)), "taken by a busy agent: " + agent);
            case 4 when busy.Count > 0:
                var (busyAgent, busyFrom, busyTo) = r.Pick(busy);
                return new PlannedItem(ItemKind.Invalid, AgentEvent(r, "AgentStateChanged", Inside(r, busyFrom, busyTo), busyAgent, Field.Text("state", r.Pick(new[] { "available", "wrap-up", "not-ready" }))), "state change of a busy agent: " + busyAgent);
            case 5:
                var at = Inside(r, scenario.Start, scenario.Horizon);
                return new PlannedItem(ItemKind.Invalid, r.Next(2) == 0
                    ? AgentEvent(r, "AgentStateChanged", at, $"{Scenario.Prefix}z{n}", Field.Text("state", "available"))
                    : AgentEvent(r, "AssistanceRequested", at, r.Pick(scenario.Agents.Keys.ToArray()), Field.Text("reason", "not my call"), Field.Text("callId", $"{Scenario.Prefix}n{n}")), "agent event that cannot be");
            default:
                var never = Inside(r, scenario.Start, scenario.Horizon);
                return new PlannedItem(ItemKind.Invalid, r.Next(3) switch
                {
                    0 => CallEvent(r, "CallHeld", never, $"{Scenario.Prefix}n{n}"),
                    1 => CallEvent(r, "CallEnded", never, $"{Scenario.Prefix}n{n}", Field.Text("reason", "completed")),
                    _ => CallEvent(r, "CallTransferred", never, $"{Scenario.Prefix}n{n}", Field.Text("toQueueId", queue)),
                }, "event of a call that never was");
        }
    }

    /// <summary>A body refused whole (400 or 413) that carries valid events: none of them may apply.</summary>
    private static (FuzzCase Body, int Status) RefusedWhole(Random r, List<ScenarioEvent> carried)
    {
        var events = Enumerable.Range(0, 1 + r.Next(10)).Select(_ => r.Pick(carried).Json).ToList();
        var array = Raw.Array(events);
        switch (r.Next(6))
        {
            case 0:
                return (FuzzCase.Text("refused", "truncated", array[..(1 + r.Next(array.Length - 1))]), 400);
            case 1:
                return (FuzzCase.Text("refused", "not-an-array", Raw.Object(new[] { new Field(Raw.Str("events"), array) })), 400);
            case 2:
                return (FuzzCase.Text("refused", "too-deep", "[" + string.Join(",", events) + "," + new string('[', 9) + new string(']', 9) + "]"), 400);
            case 3:
                return (FuzzCase.Text("refused", "trailing-garbage", array + r.Pick(new[] { "x", "[]", ",", "}" })), 400);
            case 4:
                return (FuzzCase.Text("refused", "too-many-items", "[" + string.Join(",", events) + "," + string.Join(",", Enumerable.Repeat("{}", Corpus.MaxEvents)) + "]"), 413);
            default:
                var head = "[" + string.Join(",", events) + ",\"";
                return (FuzzCase.Text("refused", "too-large", head + new string('p', Corpus.MaxBytes - head.Length) + "\"]", chunked: r.Next(2) == 0), 413);
        }
    }
}
