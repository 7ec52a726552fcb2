namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>One valid event of a scenario: its wire form and what it is about.</summary>
public sealed record ScenarioEvent(int Seq, string EventId, string Type, DateTimeOffset At, string? CallId, string? AgentId, int Thread, List<Field> Fields)
{
    public string Json { get; } = Raw.Object(Fields);

    public bool IsCallEvent => Type.StartsWith("Call", StringComparison.Ordinal);
}

/// <summary>What the scenario leaves a call as, by construction.</summary>
public sealed class CallModel(string callId)
{
    public string CallId { get; } = callId;

    public string State { get; set; } = "queued";

    public int Holds { get; set; }

    /// <summary>The agent whose thread holds this call (null: a call no agent touched).</summary>
    public string? Agent { get; set; }

    /// <summary>
    /// The queue of a call that stayed in one queue; null once transferred. Queuing such a call
    /// again in that queue is invalid; in another queue while it waits it would be a failover.
    /// </summary>
    public string? Queue { get; set; }

    /// <summary>When the call's last event happened.</summary>
    public DateTimeOffset LastAt { get; set; }

    /// <summary>Spans in which the call is in talk, not on hold (a resume there is invalid).</summary>
    public List<(DateTimeOffset From, DateTimeOffset To)> Talking { get; } = [];
}

/// <summary>What the scenario leaves an agent as, by construction.</summary>
public sealed class AgentModel(string agentId, string teamId, string[] queues)
{
    public string AgentId { get; } = agentId;

    public string TeamId { get; } = teamId;

    public string[] Queues { get; } = queues;

    public string State { get; set; } = "logged-out";

    public string? CurrentCall { get; set; }

    /// <summary>Answered calls ended by CallEnded while with this agent, by the day they ended.</summary>
    public List<DateTimeOffset> CountedCallEnds { get; } = [];

    /// <summary>Entries the agent's timeline holds (own events and the call events handed to it).</summary>
    public int Entries { get; set; }

    /// <summary>Spans in which the agent talks or holds on a call (an answer of another call, or a state change, is invalid there; a ring holds nothing).</summary>
    public List<(DateTimeOffset From, DateTimeOffset To, string CallId)> Busy { get; } = [];
}

/// <summary>
/// A seeded, valid day on a fresh set of queues, teams and agents: agents log in, take calls from their queues
/// (offered or answered directly, held and resumed, ended, sometimes wrapped up), take breaks; callers abandon,
/// some of them so soon it is a short abandon. Every event has a unique id and a unique time in the recent past.
/// Events come in threads: one per agent (the agent's own events and the events of every call it handles, in
/// time order) and one per call no agent touches. Threads are independent of each other; inside one, order matters.
/// </summary>
public sealed class Scenario
{
    public const string Prefix = "eq-";

    private readonly Random r;
    private readonly HashSet<DateTimeOffset> usedTimes = [];
    private int seq;
    private int calls;

    private Scenario(Random random, DateTimeOffset now)
    {
        r = random;
        Now = now;
        Start = now.AddMinutes(-45);
        Horizon = now.AddSeconds(-20);
    }

    public DateTimeOffset Now { get; }

    public DateTimeOffset Start { get; }

    /// <summary>No event is later than this.</summary>
    public DateTimeOffset Horizon { get; }

    public string[] Queues { get; } = [Prefix + "q1", Prefix + "q2", Prefix + "q3"];

    public List<List<ScenarioEvent>> Threads { get; } = [];

    public Dictionary<string, CallModel> Calls { get; } = [];

    public Dictionary<string, AgentModel> Agents { get; } = [];

    public IEnumerable<ScenarioEvent> Events => Threads.SelectMany(t => t);

    public static Scenario Generate(Random r, DateTimeOffset now, int agents = 8, int loneCalls = 30)
    {
        var scenario = new Scenario(r, now);
        for (var a = 1; a <= agents; a++)
        {
            scenario.AgentThread(a);
        }

        for (var c = 0; c < loneCalls; c++)
        {
            scenario.LoneCallThread();
        }

        return scenario;
    }

    private DateTimeOffset Unique(DateTimeOffset at)
    {
        while (!usedTimes.Add(at))
        {
            at = at.AddMilliseconds(1);
        }

        return at;
    }

    private ScenarioEvent Emit(int thread, string type, DateTimeOffset at, string? callId = null, string? agentId = null, params Field[] extra)
    {
        var eventId = $"{Prefix}e{++seq}";
        var fields = new List<Field> { Field.Text("eventId", eventId), Field.Text("type", type), Field.Text("at", Raw.Time(at)) };
        if (callId is not null)
        {
            fields.Add(Field.Text("callId", callId));
        }

        if (agentId is not null)
        {
            fields.Add(Field.Text("agentId", agentId));
        }

        fields.AddRange(extra);
        var e = new ScenarioEvent(seq, eventId, type, at, callId, agentId, thread, fields);
        Threads[thread].Add(e);
        return e;
    }

    private DateTimeOffset After(DateTimeOffset t, double minSeconds, double maxSeconds) =>
        Unique(t.AddMilliseconds(Math.Round((minSeconds + r.NextDouble() * (maxSeconds - minSeconds)) * 1000)));

    private void AgentThread(int n)
    {
        var thread = Threads.Count;
        Threads.Add([]);
        var agentId = $"{Prefix}a{n}";
        var team = $"{Prefix}t{(n % 2) + 1}";
        var queues = Queues.Where(_ => r.Next(2) == 0).ToArray();
        if (queues.Length == 0)
        {
            queues = [r.Pick(Queues)];
        }

        var agent = new AgentModel(agentId, team, queues);
        Agents[agentId] = agent;
        var t = After(Start, 0, 120);
        Emit(thread, "AgentLoggedIn", t, null, agentId, Field.Text("name", $"Agent {n}"), Field.Text("teamId", team), new Field(Raw.Str("queues"), Raw.Array(queues.Select(Raw.Str))));
        agent.State = "available";
        agent.Entries++;
        while (t < Horizon.AddMinutes(-15) && agent.Entries < 60)
        {
            var roll = r.Next(100);
            if (roll < 70)
            {
                t = CallCycle(thread, agent, t, last: false);
            }
            else if (roll < 85)
            {
                t = After(t, 2, 30);
                Emit(thread, "AgentStateChanged", t, null, agentId, Field.Text("state", "not-ready"), Field.Text("reason", r.Pick(new[] { "lunch", "break", "training" })));
                t = After(t, 20, 180);
                Emit(thread, "AgentStateChanged", t, null, agentId, Field.Text("state", "available"));
                agent.Entries += 2;
            }
            else
            {
                t = After(t, 5, 60);
            }
        }

        // How the agent is left: mid-call, on a break, in wrap-up, logged out, or available.
        var end = r.Next(10);
        if (end < 4)
        {
            CallCycle(thread, agent, t, last: true);
        }
        else if (end == 4)
        {
            Emit(thread, "AgentStateChanged", After(t, 2, 10), null, agentId, Field.Text("state", "not-ready"), Field.Text("reason", "lunch"));
            agent.State = "not-ready";
        }
        else if (end == 5)
        {
            Emit(thread, "AgentStateChanged", After(t, 2, 10), null, agentId, Field.Text("state", "wrap-up"));
            agent.State = "wrap-up";
        }
        else if (end == 6)
        {
            Emit(thread, "AgentLoggedOut", After(t, 2, 10), null, agentId);
            agent.State = "logged-out";
        }
    }

    /// <summary>One call the agent takes; returns the time of its last event.</summary>
    private DateTimeOffset CallCycle(int thread, AgentModel agent, DateTimeOffset t, bool last)
    {
        var callId = $"{Prefix}c{++calls}";
        var call = new CallModel(callId) { Agent = agent.AgentId };
        Calls[callId] = call;
        var queue = r.Pick(agent.Queues);
        call.Queue = queue;
        var a = agent.AgentId;
        t = After(t, 1, 20);
        Emit(thread, "CallQueued", t, callId, null, Field.Text("queueId", queue), Field.Text("callerNumber", "+44 161 496 0" + r.Next(100, 999)), Field.Text("customerTier", r.Pick(Shapes.Tiers)));
        var kind = r.Next(100);
        var offered = r.Next(4) != 0 || kind >= 80;
        if (offered)
        {
            t = After(t, 1, 45);
            Emit(thread, "CallOffered", t, callId, a);
            agent.Entries++;
            call.State = "ringing";
            agent.State = "ringing";
            agent.CurrentCall = callId;
            if (last && kind < 10)
            {
                // Still ringing at the horizon: a ring holds the agent for nothing (a new call or a state ends it).
                call.LastAt = t;
                return t;
            }

            if (kind >= 80)
            {
                // The caller leaves while it rings: an abandon (CallAbandoned, or CallEnded before any answer).
                t = After(t, 1, 10);
                if (kind < 90)
                {
                    Emit(thread, "CallAbandoned", t, callId);
                }
                else
                {
                    Emit(thread, "CallEnded", t, callId, null, Field.Text("reason", "no-answer"));
                }

                agent.Entries++;
                call.State = "abandoned";
                agent.State = "available";
                agent.CurrentCall = null;
                call.LastAt = t;
                return t;
            }

            t = After(t, 1, 8);
        }
        else
        {
            t = After(t, 1, 45);
        }

        var busyFrom = t;
        Emit(thread, "CallAnswered", t, callId, a);
        agent.Entries++;
        call.State = "talking";
        agent.State = "talking";
        agent.CurrentCall = callId;
        var talkFrom = t;
        var holds = r.Next(10) == 0 ? 4 : r.Next(4);
        for (var h = 0; h < holds; h++)
        {
            t = After(t, 5, 60);
            call.Talking.Add((talkFrom, t));
            Emit(thread, "CallHeld", t, callId);
            call.Holds++;
            agent.Entries++;
            call.State = "on-hold";
            agent.State = "on-hold";
            if (last && h == holds - 1 && r.Next(2) == 0)
            {
                agent.Busy.Add((busyFrom, Horizon, callId));
                call.LastAt = t;
                return t;
            }

            if (h == holds - 1 && r.Next(8) == 0)
            {
                // Ended while on hold.
                break;
            }

            t = After(t, 2, 70);
            Emit(thread, "CallResumed", t, callId);
            agent.Entries++;
            call.State = "talking";
            agent.State = "talking";
            talkFrom = t;
        }

        if (last)
        {
            agent.Busy.Add((busyFrom, Horizon, callId));
            call.LastAt = t;
            if (call.State == "talking")
            {
                call.Talking.Add((talkFrom, Horizon));
            }

            return t;
        }

        t = After(t, 5, 150);
        if (call.State == "talking")
        {
            call.Talking.Add((talkFrom, t));
        }

        if (kind < 10 && agent.Queues.Length > 0)
        {
            // Sent on to another queue, where the caller gives up: the agent leaves the call at the transfer.
            var to = r.Pick(Queues);
            Emit(thread, "CallTransferred", t, callId, null, Field.Text("toQueueId", to));
            call.Queue = null;
            agent.Entries++;
            agent.Busy.Add((busyFrom, t, callId));
            agent.State = "available";
            agent.CurrentCall = null;
            t = After(t, 2, 60);
            Emit(thread, "CallAbandoned", t, callId);
            call.State = "abandoned";
            call.LastAt = t;
            return t;
        }

        Emit(thread, "CallEnded", t, callId, null, Field.Text("reason", r.Pick(new[] { "completed", "completed", "agent-hangup", "caller-hangup" })));
        agent.Entries++;
        agent.Busy.Add((busyFrom, t, callId));
        agent.CountedCallEnds.Add(t);
        call.State = "ended";
        call.LastAt = t;
        agent.State = "available";
        agent.CurrentCall = null;
        if (r.Next(100) < 65)
        {
            t = After(t, 1, 2);
            Emit(thread, "AgentStateChanged", t, null, a, Field.Text("state", "wrap-up"));
            t = After(t, 5, 90);
            Emit(thread, "AgentStateChanged", t, null, a, Field.Text("state", "available"));
            agent.Entries += 2;
        }

        return t;
    }

    private void LoneCallThread()
    {
        var thread = Threads.Count;
        Threads.Add([]);
        var callId = $"{Prefix}x{Threads.Count}";
        var call = new CallModel(callId);
        Calls[callId] = call;
        var queue = r.Pick(Queues);
        call.Queue = queue;
        var queuedAt = After(Start, 60, (Horizon - Start).TotalSeconds - 200);
        var queued = Emit(thread, "CallQueued", queuedAt, callId, null, Field.Text("queueId", queue), Field.Text("customerTier", r.Pick(Shapes.Tiers)));
        call.LastAt = queuedAt;
        if (r.Next(10) < 3)
        {
            return;
        }

        // Abandoned: a third of them within the short-abandon limit.
        var wait = r.Next(3) == 0 ? 0.5 + r.NextDouble() * 4.3 : 6 + r.NextDouble() * 120;
        var at = Unique(queuedAt.AddMilliseconds(Math.Round(wait * 1000)));
        var abandoned = r.Next(2) == 0
            ? Emit(thread, "CallAbandoned", at, callId)
            : Emit(thread, "CallAbandoned", at, callId, null, Field.Text("queueId", queue));
        call.State = "abandoned";
        call.LastAt = at;
        if (r.Next(10) < 4)
        {
            // A late CallQueued: the source sends the abandon first (the design slots the queueing in before it).
            Threads[thread].Clear();
            Threads[thread].Add(abandoned);
            Threads[thread].Add(queued);
        }
    }
}
