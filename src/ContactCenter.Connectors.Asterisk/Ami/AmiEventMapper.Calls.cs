using ContactCenter.Contracts.Events;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>Calls: queued, offered, answered, held, ended, abandoned or let go by the queue.</summary>
public sealed partial class AmiEventMapper
{
    private void CallerJoined(Mapping m)
    {
        if (m.CallId is not { } callId || m["Queue"] is not { } queue)
        {
            LogSkipped("QueueCallerJoin", "it names no caller channel or no queue");
            return;
        }

        // Joining again (sent on to another queue, or back after a transfer) starts a new wait there.
        var call = Track(callId, m["Uniqueid"]);
        if (Full && call is { Left: { } left, Answered: false, Abandoned: false, Ended: false })
        {
            // A failover: the caller left the queue before unanswered and is still here, so that queue let it go.
            m.Out.Add(Overflow(call, left));
        }

        (call.Queue, call.Left, call.Agent, call.Answered, call.Held, call.Abandoned, call.Ended) = (queue, null, null, false, false, false, false);
        if (Full)
        {
            m.Out.Add(new FloorEvent(m.Id(), FloorEventType.CallQueued, m.At, CallId: callId, QueueId: queue, CallerNumber: Number(m["CallerIDNum"])));
        }
    }

    /// <summary>A ring at a member: sent in both modes, since queue_log writes a ring only once it ends.</summary>
    private void AgentCalled(Mapping m)
    {
        if (m.CallId is not { } callId || Agent(m) is not { } agent)
        {
            LogSkipped("AgentCalled", "it names no caller channel or no member");
            return;
        }

        m.Out.Add(new FloorEvent(m.Id(), FloorEventType.CallOffered, m.At, CallId: callId, AgentId: agent.Id, QueueId: m["Queue"]));
    }

    private void AgentConnected(Mapping m)
    {
        if (m.CallId is not { } callId || Agent(m) is not { } agent)
        {
            LogSkipped("AgentConnect", "it names no caller channel or no member");
            return;
        }

        // Tracked even when its join came before this session, so its holds and hangup are known.
        var call = Track(callId, m["Uniqueid"]);
        call.Queue ??= m["Queue"];
        call.Agent = agent.Id;
        call.Answered = true;

        if (Full)
        {
            m.Out.Add(new FloorEvent(m.Id(), FloorEventType.CallAnswered, m.At, CallId: callId, AgentId: agent.Id, QueueId: m["Queue"]));
        }
    }

    private void AgentCompleted(Mapping m)
    {
        if (m.CallId is not { } callId)
        {
            LogSkipped("AgentComplete", "it names no caller channel");
            return;
        }

        var call = calls.GetValueOrDefault(callId);
        if (call?.Ended == true)
        {
            return; // A transfer event already ended it.
        }

        call?.Ended = true;
        var reason = m["Reason"]?.ToLowerInvariant() switch
        {
            "caller" => CallEndReason.CallerHangup,
            "agent" => CallEndReason.AgentHangup,
            _ => CallEndReason.Completed, // "transfer": passed on, done for the queue.
        };
        if (Full)
        {
            m.Out.Add(new FloorEvent(m.Id(), FloorEventType.CallEnded, m.At, CallId: callId, AgentId: Agent(m)?.Id, QueueId: m["Queue"], EndReason: reason));
        }
    }

    private void CallerAbandoned(Mapping m)
    {
        if (m.CallId is not { } callId)
        {
            LogSkipped("QueueCallerAbandon", "it names no caller channel");
            return;
        }

        calls.GetValueOrDefault(callId)?.Abandoned = true;
        if (Full)
        {
            m.Out.Add(new FloorEvent(m.Id(), FloorEventType.CallAbandoned, m.At, CallId: callId, QueueId: m["Queue"]));
        }
    }

    /// <summary>
    /// Asterisk sends a leave both when a member answers and when the queue lets the caller go (a
    /// timeout, a key, the queue emptied); which it was shows only later: an answer or an abandon, or
    /// else the caller joining another queue or hanging up with neither, which makes this leave an overflow.
    /// </summary>
    private void CallerLeft(Mapping m)
    {
        if (m.CallId is { } callId && calls.GetValueOrDefault(callId) is { Answered: false, Abandoned: false, Ended: false } call)
        {
            call.Left = (m.At, m.Id());
        }
    }

    /// <summary>Only the caller's own channel ending matters here: an agent's leg hanging up is the call's AgentComplete.</summary>
    private void HungUp(Mapping m)
    {
        if (m["Uniqueid"] is not { } channel || !callOfCallerChannel.TryGetValue(channel, out var callId) || calls.GetValueOrDefault(callId) is not { } call)
        {
            return;
        }

        Forget(call);
        if (!Full || call.Answered || call.Abandoned || call.Ended)
        {
            return;
        }

        m.Out.Add(call.Left is { } left
            ? Overflow(call, left)
            : new FloorEvent(m.Id(), FloorEventType.CallAbandoned, m.At, CallId: callId, QueueId: call.Queue));
    }

    /// <summary>The overflow a leave with no answer turned out to be: at the leave, out of the queue the caller was in.</summary>
    private static FloorEvent Overflow(CallTrack call, (DateTimeOffset At, string EventId) left) =>
        new(left.EventId, FloorEventType.CallEnded, left.At, CallId: call.CallId, QueueId: call.Queue, EndReason: CallEndReason.Overflowed);

    /// <summary>One hold whether Asterisk reports it as Hold, MusicOnHoldStart or both; queue music before the answer is no hold.</summary>
    private void Held(Mapping m, bool held)
    {
        if (m.CallId is not { } callId || calls.GetValueOrDefault(callId) is not { Answered: true, Ended: false } call || call.Held == held)
        {
            return;
        }

        call.Held = held;
        m.Out.Add(new FloorEvent(m.Id(), held ? FloorEventType.CallHeld : FloorEventType.CallResumed, m.At, CallId: callId, AgentId: call.Agent));
    }

    /// <summary>The agent passed the caller on: for the queue's figures the call is done, as queue_log's TRANSFER is.</summary>
    private void Transferred(Mapping m)
    {
        if (m["Result"] is { } result && !result.Equals("Success", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var callId = m["TransfereeLinkedid"] ?? m["TransfererLinkedid"] ?? m["OrigTransfererLinkedid"] ?? m["SecondTransfererLinkedid"];
        if (callId is null || calls.GetValueOrDefault(callId) is not { Answered: true, Ended: false } call)
        {
            return;
        }

        call.Ended = true;
        if (Full)
        {
            m.Out.Add(new FloorEvent(m.Id(), FloorEventType.CallEnded, m.At, CallId: callId, AgentId: call.Agent, EndReason: CallEndReason.Completed));
        }
    }

    private CallTrack Track(string callId, string? callerChannel)
    {
        if (!calls.TryGetValue(callId, out var call))
        {
            while (calls.Count >= MaxCalls && callOrder.TryDequeue(out var oldest))
            {
                if (calls.GetValueOrDefault(oldest) is { } stale)
                {
                    Forget(stale);
                }
            }

            call = new CallTrack(callId);
            calls[callId] = call;
            callOrder.Enqueue(callId);
            if (callOrder.Count > 2 * MaxCalls)
            {
                callOrder = new Queue<string>(callOrder.Where(calls.ContainsKey)); // Ids of calls already forgotten.
            }
        }

        if (callerChannel is not null)
        {
            call.CallerChannel = callerChannel;
            callOfCallerChannel[callerChannel] = callId;
        }

        return call;
    }

    private void Forget(CallTrack call)
    {
        calls.Remove(call.CallId);
        if (call.CallerChannel is { } channel)
        {
            callOfCallerChannel.Remove(channel);
        }
    }

    /// <summary>A caller id that is a number (digits, with + and spaces); a name or "unknown" is no number.</summary>
    private static string? Number(string? callerId) =>
        callerId is { Length: > 0 and <= 32 } && callerId.Any(char.IsAsciiDigit) && callerId.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')')
            ? callerId
            : null;

    /// <summary>What the mapper knows of a live call.</summary>
    private sealed class CallTrack(string callId)
    {
        public string CallId { get; } = callId;

        public string? CallerChannel { get; set; }

        public string? Queue { get; set; }

        public string? Agent { get; set; }

        public bool Answered { get; set; }

        public bool Held { get; set; }

        public bool Abandoned { get; set; }

        public bool Ended { get; set; }

        /// <summary>When the caller left the queue unanswered, and the id the overflow takes from that leave.</summary>
        public (DateTimeOffset At, string EventId)? Left { get; set; }
    }
}
