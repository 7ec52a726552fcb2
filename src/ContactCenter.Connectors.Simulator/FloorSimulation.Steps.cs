using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Connectors.Simulator;

/// <summary>What each planned happening does. Every step re-checks the state it was planned for, since things may have moved on.</summary>
public sealed partial class FloorSimulation
{
    private const double MinRingSeconds = 2;
    private const double MaxRingSeconds = 8;
    private const double MinTalkSeconds = 10;
    private const double MinHoldSeconds = 3;
    private const double MinWrapUpSeconds = 2;
    private const double MinBreakSeconds = 60;
    private const int MaxHolds = 6;

    private void Run(SimStep step, DateTimeOffset at)
    {
        switch (step.Kind)
        {
            case SimStepKind.Arrival:
                Arrive((int)step.Subject, at);
                break;
            case SimStepKind.Abandon when LiveCall(step, SimCallState.Queued) is { } call:
                Abandon(call, at);
                break;
            case SimStepKind.Answer when LiveCall(step, SimCallState.Ringing) is { } call:
                Answer(call, at);
                break;
            case SimStepKind.TalkPieceDone when LiveCall(step, SimCallState.Talking) is { } call:
                TalkPieceDone(call, at);
                break;
            case SimStepKind.Resume when LiveCall(step, SimCallState.OnHold) is { } call:
                Resume(call, at);
                break;
            case SimStepKind.RaiseHand when calls.GetValueOrDefault(step.Subject) is { Agent: { } agent } call
                && call.Leg == step.Token && call.State is SimCallState.Talking or SimCallState.OnHold:
                RaiseHand(agent, call, at);
                break;
            case SimStepKind.LowerHand when agents[step.Subject] is { HandCallNumber: { } number } agent && agent.HandToken == step.Token:
                LowerHand(agent, number, at);
                break;
            case SimStepKind.WrapUpDone when agents[step.Subject] is { State: SimAgentState.WrapUp } agent && agent.Token == step.Token:
                AfterCall(agent, at, inWrapUp: true);
                break;
            case SimStepKind.BreakDone when agents[step.Subject] is { State: SimAgentState.NotReady } agent && agent.Token == step.Token:
                BecomeAvailable(agent, at, announce: true);
                break;
        }
    }

    private SimCall? LiveCall(SimStep step, SimCallState state) =>
        calls.GetValueOrDefault(step.Subject) is { } call && call.Leg == step.Token && call.State == state ? call : null;

    private void Arrive(int queue, DateTimeOffset at)
    {
        var number = ++callSequence;
        var tier = random.NextDouble() switch
        {
            var r when r < options.VipShare => CustomerTier.Vip,
            var r when r < options.VipShare + options.HighValueShare => CustomerTier.HighValue,
            _ => CustomerTier.Regular,
        };
        var call = new SimCall(number, $"{idPrefix}-c{number}", tier, SimCatalog.CallerNumber(random)) { Queue = queue };
        calls.Add(number, call);
        Emit(FloorEventType.CallQueued, at, call: call);
        Enqueue(call, at);
        ScheduleArrival(queue, at);
    }

    private void Enqueue(SimCall call, DateTimeOffset at)
    {
        call.State = SimCallState.Queued;
        call.Agent = null;
        call.Leg++;
        waiting.Add(call);
        dispatchNeeded = true;
        Schedule(at, random.Exponential(options.PatienceMeanSeconds), new SimStep(SimStepKind.Abandon, call.Number, call.Leg));
    }

    private void Abandon(SimCall call, DateTimeOffset at)
    {
        waiting.Remove(call);
        calls.Remove(call.Number);
        Emit(FloorEventType.CallAbandoned, at, call: call);
    }

    /// <summary>Offers waiting calls, oldest first, each to the longest-idle available agent who serves its queue.</summary>
    private void Dispatch(DateTimeOffset at)
    {
        if (!dispatchNeeded)
        {
            return;
        }

        dispatchNeeded = false;
        for (var i = 0; i < waiting.Count && idle.Count > 0; i++)
        {
            var call = waiting[i];
            if (LongestIdle(call.Queue) is not { } agent)
            {
                continue;
            }

            waiting.RemoveAt(i--);
            call.State = SimCallState.Ringing;
            call.Agent = agent;
            Become(agent, SimAgentState.Ringing, at, call);
            Emit(FloorEventType.CallOffered, at, agent, call);
            Schedule(at, random.Uniform(MinRingSeconds, MaxRingSeconds), new SimStep(SimStepKind.Answer, call.Number, call.Leg));
        }
    }

    private SimAgent? LongestIdle(int queue) => idle.LongestIdle(queue);

    /// <summary>Every change of an agent's state goes through here, so the idle sets stay true.</summary>
    private void Become(SimAgent agent, SimAgentState state, DateTimeOffset at, SimCall? call = null)
    {
        if (agent.State == SimAgentState.Available)
        {
            idle.Remove(agent);
        }

        agent.Become(state, at, call);
        if (state == SimAgentState.Available)
        {
            idle.Add(agent);
        }
    }

    private void Answer(SimCall call, DateTimeOffset at)
    {
        var agent = call.Agent!;
        call.State = SimCallState.Talking;
        Become(agent, SimAgentState.Talking, at, call);
        Emit(FloorEventType.CallAnswered, at, agent, call);

        var talk = Math.Max(MinTalkSeconds, random.LogNormal(options.MeanTalkSeconds, options.TalkSigma));
        // Each further hold is as likely as the first, so repeated holds (a rule of their own) happen now and then.
        var holds = 0;
        while (holds < MaxHolds && random.Chance(options.HoldProbability))
        {
            holds++;
        }

        // Holds fall at random points of the talk: cut it into holds + 1 pieces.
        var cuts = Enumerable.Range(0, holds).Select(_ => random.NextDouble() * talk).Order().Append(talk).ToArray();
        call.TalkPieces.Clear();
        var previous = 0.0;
        foreach (var cut in cuts)
        {
            call.TalkPieces.Enqueue(cut - previous);
            previous = cut;
        }

        if (random.Chance(options.AssistanceProbability))
        {
            Schedule(at, random.Uniform(0.1, 0.7) * talk, new SimStep(SimStepKind.RaiseHand, call.Number, call.Leg));
        }

        Schedule(at, call.TalkPieces.Dequeue(), new SimStep(SimStepKind.TalkPieceDone, call.Number, call.Leg));
    }

    private void TalkPieceDone(SimCall call, DateTimeOffset at)
    {
        if (call.TalkPieces.Count == 0)
        {
            Finish(call, at);
            return;
        }

        call.State = SimCallState.OnHold;
        Become(call.Agent!, SimAgentState.OnHold, at, call);
        Emit(FloorEventType.CallHeld, at, call.Agent, call);
        Schedule(at, Math.Max(MinHoldSeconds, random.Exponential(options.MeanHoldSeconds)), new SimStep(SimStepKind.Resume, call.Number, call.Leg));
    }

    private void Resume(SimCall call, DateTimeOffset at)
    {
        call.State = SimCallState.Talking;
        Become(call.Agent!, SimAgentState.Talking, at, call);
        Emit(FloorEventType.CallResumed, at, call.Agent, call);
        Schedule(at, call.TalkPieces.Dequeue(), new SimStep(SimStepKind.TalkPieceDone, call.Number, call.Leg));
    }

    private void Finish(SimCall call, DateTimeOffset at)
    {
        var agent = call.Agent!;
        if (queueIds.Length > 1 && call.Transfers < MaxTransfersPerCall && random.Chance(options.TransferProbability))
        {
            var target = random.Next(queueIds.Length - 1);
            target = target >= call.Queue ? target + 1 : target;
            Emit(FloorEventType.CallTransferred, at, agent, call, toQueue: target);
            ReleaseHand(agent, call, at);
            call.Transfers++;
            call.Queue = target;
            Enqueue(call, at);
            // The receiving system frees the agent at the transfer itself: no wrap-up is owed to a call passed on.
            BecomeAvailable(agent, at, announce: false);
            return;
        }

        var reason = random.NextDouble() switch
        {
            < 0.92 => CallEndReason.Completed,
            < 0.98 => CallEndReason.CallerHangup,
            _ => CallEndReason.AgentHangup,
        };
        calls.Remove(call.Number);
        Emit(FloorEventType.CallEnded, at, agent, call, endReason: reason);
        ReleaseHand(agent, call, at);
        if (random.Chance(options.WrapUpProbability))
        {
            Become(agent, SimAgentState.WrapUp, at);
            Emit(FloorEventType.AgentStateChanged, at, agent, state: AgentState.WrapUp);
            Schedule(at, Math.Max(MinWrapUpSeconds, random.Exponential(options.MeanWrapUpSeconds)), new SimStep(SimStepKind.WrapUpDone, agent.Index, agent.Token));
            return;
        }

        AfterCall(agent, at, inWrapUp: false);
    }

    /// <summary>After a call (and its wrap-up, if any) an agent either takes a break or is ready for the next call.</summary>
    private void AfterCall(SimAgent agent, DateTimeOffset at, bool inWrapUp)
    {
        if (random.Chance(options.BreakProbability))
        {
            var reason = random.Pick(SimCatalog.BreakReasons);
            Become(agent, SimAgentState.NotReady, at);
            Emit(FloorEventType.AgentStateChanged, at, agent, state: AgentState.NotReady, reason: reason);
            var seconds = Math.Max(MinBreakSeconds, random.Exponential(options.MeanBreakMinutes * 60));
            Schedule(at, seconds, new SimStep(SimStepKind.BreakDone, agent.Index, agent.Token));
            return;
        }

        // Without a wrap-up the receiving system makes the agent available at CallEnded, so nothing to say.
        BecomeAvailable(agent, at, announce: inWrapUp);
    }

    private void BecomeAvailable(SimAgent agent, DateTimeOffset at, bool announce)
    {
        Become(agent, SimAgentState.Available, at);
        if (announce)
        {
            Emit(FloorEventType.AgentStateChanged, at, agent, state: AgentState.Available);
        }

        dispatchNeeded = true;
    }

    private void RaiseHand(SimAgent agent, SimCall call, DateTimeOffset at)
    {
        if (agent.HandCallNumber is not null)
        {
            return;
        }

        agent.RaiseHand(call.Number);
        Emit(FloorEventType.AssistanceRequested, at, agent, call, reason: random.Pick(SimCatalog.AssistanceReasons));
        Schedule(at, random.Uniform(45, 120), new SimStep(SimStepKind.LowerHand, agent.Index, agent.HandToken));
    }

    /// <summary>A hand still up when its call leaves the agent comes down with the call.</summary>
    private void ReleaseHand(SimAgent agent, SimCall call, DateTimeOffset at)
    {
        if (agent.HandCallNumber == call.Number)
        {
            LowerHand(agent, call.Number, at);
        }
    }

    private void LowerHand(SimAgent agent, long callNumber, DateTimeOffset at)
    {
        agent.LowerHand();
        Emit(FloorEventType.AssistanceCleared, at, agent, callId: $"{idPrefix}-c{callNumber}");
    }
}
