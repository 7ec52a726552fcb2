namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>Well-formed events of every type of the README's table, on ids the caller chooses (or fresh junk ids).</summary>
public static class Shapes
{
    public static readonly string[] Types =
    [
        "CallQueued", "CallDialed", "CallOffered", "CallAnswered", "CallHeld", "CallResumed", "CallTransferred",
        "CallEnded", "CallAbandoned", "AgentLoggedIn", "AgentStateChanged", "AgentLoggedOut", "AssistanceRequested", "AssistanceCleared",
    ];

    public static readonly string[] EndReasons = ["completed", "caller-hangup", "agent-hangup", "no-answer"];

    public static readonly string[] Tiers = ["regular", "high-value", "vip"];

    private const string IdChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A fresh id of the wire's shape, with a prefix no scenario uses.</summary>
    public static string JunkId(Random r, string prefix = "fz") => prefix + Chars(r, 8, IdChars);

    public static string Chars(Random r, int length, string alphabet)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[r.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    public static T Pick<T>(this Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    /// <summary>A recent instant, whole milliseconds.</summary>
    public static DateTimeOffset Recent(Random r, DateTimeOffset now) => now.AddMilliseconds(-r.Next(1_000, 3_600_000));

    /// <summary>An event of <paramref name="type"/> with every field it needs, on junk ids unless given.</summary>
    public static List<Field> Event(Random r, string type, DateTimeOffset at, string? callId = null, string? agentId = null, string? queueId = null, string? eventId = null)
    {
        var f = new List<Field>
        {
            Field.Text("eventId", eventId ?? JunkId(r, "fe")),
            Field.Text("type", type),
            Field.Text("at", Raw.Time(at)),
        };
        callId ??= JunkId(r, "fc");
        agentId ??= JunkId(r, "fa");
        queueId ??= JunkId(r, "fq");
        switch (type)
        {
            case "CallQueued":
                f.Add(Field.Text("callId", callId));
                f.Add(Field.Text("queueId", queueId));
                f.Add(Field.Text("direction", "inbound"));
                f.Add(Field.Text("callerNumber", "+44 20 7946 " + r.Next(1000, 9999)));
                f.Add(Field.Text("customerTier", r.Pick(Tiers)));
                break;
            case "CallDialed":
                f.Add(Field.Text("callId", callId));
                f.Add(Field.Text("agentId", agentId));
                f.Add(Field.Text("queueId", queueId));
                f.Add(Field.Text("calledNumber", "0161 496 " + r.Next(1000, 9999)));
                break;
            case "CallOffered" or "CallAnswered":
                f.Add(Field.Text("callId", callId));
                f.Add(Field.Text("agentId", agentId));
                break;
            case "CallHeld" or "CallResumed" or "CallAbandoned":
                f.Add(Field.Text("callId", callId));
                break;
            case "CallTransferred":
                f.Add(Field.Text("callId", callId));
                f.Add(r.Next(2) == 0 ? Field.Text("toQueueId", queueId) : Field.Text("toAgentId", agentId));
                break;
            case "CallEnded":
                f.Add(Field.Text("callId", callId));
                f.Add(Field.Text("reason", r.Pick(EndReasons)));
                break;
            case "AgentLoggedIn":
                f.Add(Field.Text("agentId", agentId));
                f.Add(Field.Text("name", "Agent " + agentId));
                f.Add(Field.Text("teamId", JunkId(r, "ft")));
                f.Add(new Field(Raw.Str("queues"), Raw.Array([Raw.Str(queueId)])));
                break;
            case "AgentStateChanged":
                f.Add(Field.Text("agentId", agentId));
                var state = r.Pick(new[] { "available", "wrap-up", "not-ready" });
                f.Add(Field.Text("state", state));
                if (state == "not-ready")
                {
                    f.Add(Field.Text("reason", r.Pick(new[] { "lunch", "break", "training", "meeting" })));
                }

                break;
            case "AssistanceRequested":
                f.Add(Field.Text("agentId", agentId));
                f.Add(Field.Text("reason", "abusive caller"));
                break;
            default:
                f.Add(Field.Text("agentId", agentId));
                break;
        }

        return f;
    }

    /// <summary>A plausible life of one junk call and its agent, in order: the events a source would send.</summary>
    public static List<List<Field>> CallLife(Random r, DateTimeOffset start, Func<int, DateTimeOffset>? clock = null)
    {
        var (call, agent, queue) = (JunkId(r, "fc"), JunkId(r, "fa"), JunkId(r, "fq"));
        clock ??= step => start.AddSeconds(step * 7);
        var life = new List<List<Field>>
        {
            Event(r, "AgentLoggedIn", clock(0), call, agent, queue),
            Event(r, "CallQueued", clock(1), call, agent, queue),
            Event(r, "CallOffered", clock(2), call, agent, queue),
            Event(r, "CallAnswered", clock(3), call, agent, queue),
            Event(r, "CallHeld", clock(4), call, agent, queue),
            Event(r, "CallResumed", clock(5), call, agent, queue),
            Event(r, "CallEnded", clock(6), call, agent, queue),
        };
        var wrap = Event(r, "AgentStateChanged", clock(7), call, agent, queue);
        wrap.RemoveAll(f => f.PlainName is "state" or "reason");
        wrap.Add(Field.Text("state", "wrap-up"));
        life.Add(wrap);
        return life;
    }
}
