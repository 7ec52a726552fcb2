using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Bench.Memory;

/// <summary>
/// The events that build the measured floor: agents who log in and handle their past calls, then
/// one live call per agent with the timeline the issue names (queued, offered, answered, held,
/// resumed). Events come in time order across the floor, as a source sends them, each with its
/// own strings as the API's parser makes them.
/// </summary>
public sealed class MemoryFloor(int agents, int pastCalls, DateTimeOffset start)
{
    public const int Queues = 200;
    public const int Teams = 100;
    private static readonly TimeSpan CallLength = TimeSpan.FromSeconds(80);

    public int Agents => agents;

    /// <summary>The time after every past call; the live calls start here.</summary>
    public DateTimeOffset LiveCallsAt => start + (CallLength * pastCalls) + TimeSpan.FromSeconds(10);

    public IEnumerable<FloorEvent[]> History(int batchSize) => InTimeOrder(AgentHistory).Chunk(batchSize);

    public IEnumerable<FloorEvent[]> LiveCalls(int batchSize) => InTimeOrder(LiveCall).Chunk(batchSize);

    /// <summary>Every agent follows the same schedule, so step n of every agent comes before step n + 1 of any.</summary>
    private IEnumerable<FloorEvent> InTimeOrder(Func<int, IEnumerable<FloorEvent>> subject)
    {
        var streams = new IEnumerator<FloorEvent>[agents];
        for (var i = 0; i < agents; i++)
        {
            streams[i] = subject(i).GetEnumerator();
        }

        var more = true;
        while (more)
        {
            more = false;
            foreach (var stream in streams)
            {
                if (stream.MoveNext())
                {
                    more = true;
                    yield return AsParsed(stream.Current);
                }
            }
        }
    }

    private IEnumerable<FloorEvent> AgentHistory(int i)
    {
        var agent = Agent(i);
        yield return new FloorEvent($"m-{agent}-in", FloorEventType.AgentLoggedIn, start, AgentId: agent, Name: $"Agent {i}", TeamId: $"t{i % Teams}", Queues: [Queue(i)]);
        for (var k = 0; k < pastCalls; k++)
        {
            var call = $"m-c{i}-{k}";
            var at = start + (CallLength * k) + TimeSpan.FromSeconds(1);
            yield return new FloorEvent($"{call}-q", FloorEventType.CallQueued, at, CallId: call, QueueId: Queue(i), CallerNumber: "+44 20 7946 0123");
            yield return new FloorEvent($"{call}-o", FloorEventType.CallOffered, at.AddSeconds(1), CallId: call, AgentId: agent);
            yield return new FloorEvent($"{call}-a", FloorEventType.CallAnswered, at.AddSeconds(3), CallId: call, AgentId: agent);
            yield return new FloorEvent($"{call}-e", FloorEventType.CallEnded, at.AddSeconds(50), CallId: call, EndReason: CallEndReason.Completed);
            yield return new FloorEvent($"{call}-w", FloorEventType.AgentStateChanged, at.AddSeconds(50), AgentId: agent, State: AgentState.WrapUp);
            yield return new FloorEvent($"{call}-r", FloorEventType.AgentStateChanged, at.AddSeconds(70), AgentId: agent, State: AgentState.Available);
        }
    }

    private IEnumerable<FloorEvent> LiveCall(int i)
    {
        var agent = Agent(i);
        var call = $"m-live-{i}";
        var at = LiveCallsAt;
        yield return new FloorEvent($"{call}-q", FloorEventType.CallQueued, at, CallId: call, QueueId: Queue(i), CallerNumber: "+44 20 7946 0123");
        yield return new FloorEvent($"{call}-o", FloorEventType.CallOffered, at.AddSeconds(1), CallId: call, AgentId: agent);
        yield return new FloorEvent($"{call}-a", FloorEventType.CallAnswered, at.AddSeconds(3), CallId: call, AgentId: agent);
        yield return new FloorEvent($"{call}-h", FloorEventType.CallHeld, at.AddSeconds(20), CallId: call);
        yield return new FloorEvent($"{call}-r", FloorEventType.CallResumed, at.AddSeconds(35), CallId: call);
    }

    private static string Agent(int i) => $"m-a{i}";

    private static string Queue(int i) => $"q{i % Queues}";

    /// <summary>
    /// The event as the API's parser hands it on: every text its own string, as read from the
    /// request, where this generator would share one agent's or call's id across its events.
    /// </summary>
    private static FloorEvent AsParsed(FloorEvent e) => e with
    {
        EventId = Copy(e.EventId)!,
        CallId = Copy(e.CallId),
        AgentId = Copy(e.AgentId),
        QueueId = Copy(e.QueueId),
        CallerNumber = Copy(e.CallerNumber),
        Name = Copy(e.Name),
        TeamId = Copy(e.TeamId),
        Queues = e.Queues?.Select(q => Copy(q)!).ToArray(),
    };

    private static string? Copy(string? text) => text is null ? null : new string(text.AsSpan());
}
