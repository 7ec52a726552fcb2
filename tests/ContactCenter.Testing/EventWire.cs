using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Testing;

/// <summary>Writes events as a telephony source puts them on the wire (README, "Event API"): a JSON array, one flat object each.</summary>
public static class EventWire
{
    /// <summary>A request body as a connector posts it to <c>/api/events</c>.</summary>
    public static ByteArrayContent Content(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static byte[] Batch(IReadOnlyList<FloorEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>(events.Count * 220);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var e in events)
            {
                Write(json, e);
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter json, FloorEvent e)
    {
        json.WriteStartObject();
        json.WriteString("eventId", e.EventId);
        json.WriteString("type", e.Type.ToString());
        json.WriteString("at", e.At);
        Optional(json, "callId", e.CallId);
        Optional(json, "agentId", e.AgentId);
        Optional(json, "queueId", e.QueueId);
        Optional(json, "callerNumber", e.CallerNumber);
        if (e.Type == FloorEventType.CallQueued && e.Tier != CustomerTier.Regular)
        {
            json.WriteString("customerTier", e.Tier == CustomerTier.Vip ? "vip" : "high-value");
        }

        Optional(json, "calledNumber", e.CalledNumber);
        Optional(json, "toQueueId", e.ToQueueId);
        Optional(json, "toAgentId", e.ToAgentId);
        Optional(json, "reason", e.EndReason is { } end ? EndReason(end) : e.Reason);
        Optional(json, "state", e.State is { } state ? State(state) : null);
        Optional(json, "name", e.Name);
        Optional(json, "teamId", e.TeamId);
        if (e.Queues is { } queues)
        {
            json.WriteStartArray("queues");
            foreach (var q in queues)
            {
                json.WriteStringValue(q);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string EndReason(CallEndReason reason) => reason switch
    {
        CallEndReason.CallerHangup => "caller-hangup",
        CallEndReason.AgentHangup => "agent-hangup",
        CallEndReason.NoAnswer => "no-answer",
        _ => "completed",
    };

    private static string State(AgentState state) => state switch
    {
        AgentState.Available => "available",
        AgentState.WrapUp => "wrap-up",
        AgentState.NotReady => "not-ready",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "only chosen states travel on the wire"),
    };
}
