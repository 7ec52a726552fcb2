using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Connectors.Simulator.Tests;

/// <summary>
/// An independent referee of the simulator's output: the call and agent state machines the receiving
/// system enforces, written from the contract rather than from the simulator, so the two can disagree.
/// </summary>
internal sealed class FloorChecker
{
    private readonly Dictionary<string, CallTrack> calls = [];
    private readonly HashSet<string> finishedCalls = [];
    private readonly Dictionary<string, AgentTrack> agents = [];
    private readonly List<string> violations = [];
    private DateTimeOffset last = DateTimeOffset.MinValue;

    public IReadOnlyList<string> Violations => violations;

    public static IReadOnlyList<string> Check(IEnumerable<FloorEvent> events)
    {
        var checker = new FloorChecker();
        foreach (var e in events)
        {
            checker.Apply(e);
        }

        return checker.Violations;
    }

    public void Apply(FloorEvent e)
    {
        if (e.At < last)
        {
            Fail(e, $"goes back in time from {last:O}");
        }

        last = e.At;
        if (e.CallId is { } finished && finishedCalls.Contains(finished) && e.Type is not FloorEventType.AssistanceCleared)
        {
            Fail(e, "is for a call that already ended");
            return;
        }

        switch (e.Type)
        {
            case FloorEventType.AgentLoggedIn:
                if (agents.ContainsKey(e.AgentId!) || e.Name is null || e.TeamId is null || e.Queues is not { Length: > 0 })
                {
                    Fail(e, "is a second or incomplete login");
                }

                agents[e.AgentId!] = new AgentTrack { Queues = e.Queues ?? [] };
                break;
            case FloorEventType.AgentStateChanged:
                AgentStateChanged(e);
                break;
            case FloorEventType.AssistanceRequested:
                Expect(e, Agent(e) is { Hand: null } a && a.IsConnected && a.CallId == e.CallId && e.Reason is not null, "needs a connected agent with no hand up");
                Agent(e)?.Hand = e.CallId;
                break;
            case FloorEventType.AssistanceCleared:
                Expect(e, Agent(e) is { } raised && raised.Hand == e.CallId, "needs the hand raised for that call");
                Agent(e)?.Hand = null;
                break;
            default:
                CallEvent(e);
                break;
        }
    }

    private void CallEvent(FloorEvent e)
    {
        var call = calls.GetValueOrDefault(e.CallId!);
        var agent = Agent(e);
        switch (e.Type)
        {
            case FloorEventType.CallQueued:
                Expect(e, call is null && e.QueueId is not null && e.CallerNumber is not null, "queues a call twice or without queue/number");
                calls[e.CallId!] = new CallTrack { Id = e.CallId!, State = CallState.Queued, QueueId = e.QueueId };
                return;
            case FloorEventType.CallOffered:
                if (Expect(e, call?.State == CallState.Queued, "offers a call that is not queued")
                    && Expect(e, agent?.State == AgentState.Available, $"offers to agent who is {agent?.State}")
                    && Expect(e, agent!.Queues.Contains(call!.QueueId), "offers to an agent who does not serve the queue"))
                {
                    Move(call, CallState.Ringing, e.AgentId, agent, AgentState.Ringing);
                }

                return;
            case FloorEventType.CallAnswered:
                if (Expect(e, call?.State == CallState.Ringing && call.AgentId == e.AgentId && agent?.State == AgentState.Ringing, "answers a call not ringing at that agent"))
                {
                    Move(call!, CallState.Talking, e.AgentId, agent!, AgentState.Talking);
                }

                return;
            case FloorEventType.CallHeld:
                if (Expect(e, call?.State == CallState.Talking && call.AgentId == e.AgentId, "holds a call not in talk"))
                {
                    Move(call!, CallState.OnHold, e.AgentId, agent!, AgentState.OnHold);
                }

                return;
            case FloorEventType.CallResumed:
                if (Expect(e, call?.State == CallState.OnHold && call.AgentId == e.AgentId, "resumes a call not on hold"))
                {
                    Move(call!, CallState.Talking, e.AgentId, agent!, AgentState.Talking);
                }

                return;
            case FloorEventType.CallTransferred:
                if (Expect(e, call?.State == CallState.Talking && call.AgentId == e.AgentId && e.ToQueueId is not null && e.ToQueueId != call.QueueId, "transfers a call not in talk, or to no other queue"))
                {
                    call!.QueueId = e.ToQueueId;
                    Move(call, CallState.Queued, null, agent!, AgentState.Available);
                }

                return;
            case FloorEventType.CallEnded:
                if (Expect(e, call?.State == CallState.Talking && call.AgentId == e.AgentId && e.EndReason is not null, "ends a call not in talk at that agent"))
                {
                    Finish(e, agent!);
                }

                return;
            case FloorEventType.CallAbandoned:
                if (Expect(e, call?.State == CallState.Queued, "abandons a call that is not queued"))
                {
                    Finish(e, null);
                }

                return;
            default:
                Fail(e, "is a type the simulator should not send");
                return;
        }
    }

    private void AgentStateChanged(FloorEvent e)
    {
        var agent = Agent(e);
        if (!Expect(e, agent is not null && !agent.IsBusy, $"changes state of an agent who is {agent?.State}"))
        {
            return;
        }

        switch (e.State)
        {
            case AgentState.WrapUp:
                Expect(e, agent!.LastEndedAt == e.At, "starts wrap-up other than at the end of the agent's call");
                break;
            case AgentState.NotReady:
                Expect(e, e.Reason is "lunch" or "training" or "meeting" or "break" or "coaching", "has no break reason");
                break;
            case AgentState.Available:
                Expect(e, agent!.State is AgentState.WrapUp or AgentState.NotReady, "announces available when already available");
                break;
            default:
                Fail(e, "moves to a state the simulator should not send");
                break;
        }

        agent!.State = e.State!.Value;
    }

    private void Finish(FloorEvent e, AgentTrack? agent)
    {
        calls.Remove(e.CallId!);
        finishedCalls.Add(e.CallId!);
        if (agent is not null)
        {
            agent.State = AgentState.Available;
            agent.CallId = null;
            agent.LastEndedAt = e.At;
        }
    }

    private static void Move(CallTrack call, CallState callState, string? agentId, AgentTrack agent, AgentState agentState)
    {
        call.State = callState;
        call.AgentId = agentId;
        agent.State = agentState;
        agent.CallId = agentState == AgentState.Available ? null : call.Id;
    }

    private AgentTrack? Agent(FloorEvent e) => e.AgentId is { } id ? agents.GetValueOrDefault(id) : null;

    private bool Expect(FloorEvent e, bool condition, string problem)
    {
        if (!condition)
        {
            Fail(e, problem);
        }

        return condition;
    }

    private void Fail(FloorEvent e, string problem) =>
        violations.Add($"{e.EventId} {e.Type} at {e.At:O} (call {e.CallId}, agent {e.AgentId}) {problem}");

    private sealed class CallTrack
    {
        public required string Id { get; init; }

        public CallState State { get; set; }

        public string? QueueId { get; set; }

        public string? AgentId { get; set; }
    }

    private sealed class AgentTrack
    {
        public string[] Queues { get; init; } = [];

        public AgentState State { get; set; } = AgentState.Available;

        public string? CallId { get; set; }

        public string? Hand { get; set; }

        public DateTimeOffset? LastEndedAt { get; set; }

        public bool IsBusy => State is AgentState.Ringing or AgentState.Talking or AgentState.OnHold;

        public bool IsConnected => State is AgentState.Talking or AgentState.OnHold;
    }
}
