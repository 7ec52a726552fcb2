using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Ingestion;

/// <summary>
/// One object of the batch, its known fields located by the first pass, turned into a <see cref="FloorEvent"/>
/// or into its first fault. Faults are values, never exceptions: a batch of bad items costs no more than good ones.
/// </summary>
internal ref struct EventItem
{
    private readonly ReadOnlySpan<byte> json;
    private readonly ReadOnlySpan<FieldSlot> slots;
    private readonly EventBatchLimits limits;
    private string? eventId;
    private FloorEventType? type;
    private WireField faultField;
    private string faultReason;
    private string? faultDetail;

    public EventItem(ReadOnlySpan<byte> json, ReadOnlySpan<FieldSlot> slots, EventBatchLimits limits)
    {
        this.json = json;
        this.slots = slots;
        this.limits = limits;
        faultReason = string.Empty;
    }

    // Names and timestamps are checked against their own short lists and shapes, so the text limit (which a
    // site may set low) must not refuse them first; they only need a bound on what is decoded and echoed.
    private readonly int NameLimit => Math.Max(limits.MaxStringLength, WireText.MaxTimestampLength);

    public bool TryBuild([NotNullWhen(true)] out FloorEvent? floorEvent)
    {
        floorEvent = null;
        if (!RequiredText(WireField.EventId, out var id))
        {
            return false;
        }

        eventId = id;
        if (!RequiredChoice(WireField.Type, WireEnums.Types, out var eventType))
        {
            return false;
        }

        type = eventType;
        return TryAt(out var at) && TryBuild(id, eventType, at, out floorEvent);
    }

    /// <summary>The refusal for an item whose <see cref="TryBuild(out FloorEvent?)"/> failed.</summary>
    public readonly RejectedEvent Reject(int index) =>
        new(index, eventId, WireFields.Name(faultField), faultReason, faultDetail);

    private bool TryBuild(string id, FloorEventType eventType, DateTimeOffset at, [NotNullWhen(true)] out FloorEvent? e)
    {
        e = null;
        switch (eventType)
        {
            case FloorEventType.CallQueued:
                if (!RequiredId(WireField.CallId, out var callId) || !RequiredId(WireField.QueueId, out var queueId)
                    || !OptionalChoice(WireField.Direction, WireEnums.QueuedDirections, out _)
                    || !OptionalPhone(WireField.CallerNumber, out var callerNumber)
                    || !OptionalChoice(WireField.CustomerTier, WireEnums.Tiers, out var tier))
                {
                    return false;
                }

                e = new(id, eventType, at, CallId: callId, QueueId: queueId, Direction: CallDirection.Inbound,
                    CallerNumber: callerNumber, Tier: tier ?? CustomerTier.Regular);
                return true;

            case FloorEventType.CallDialed:
                if (!RequiredId(WireField.CallId, out callId) || !RequiredId(WireField.AgentId, out var agentId)
                    || !RequiredId(WireField.QueueId, out queueId) || !OptionalPhone(WireField.CalledNumber, out var calledNumber))
                {
                    return false;
                }

                e = new(id, eventType, at, CallId: callId, AgentId: agentId, QueueId: queueId,
                    Direction: CallDirection.Outbound, CalledNumber: calledNumber);
                return true;

            case FloorEventType.CallOffered or FloorEventType.CallAnswered:
                // queueId is optional here: a source that never sends CallQueued names the queue on its first event.
                if (!RequiredId(WireField.CallId, out callId) || !RequiredId(WireField.AgentId, out agentId)
                    || !OptionalId(WireField.QueueId, out var optionalQueueId))
                {
                    return false;
                }

                e = new(id, eventType, at, CallId: callId, AgentId: agentId, QueueId: optionalQueueId);
                return true;

            case FloorEventType.CallHeld or FloorEventType.CallResumed:
                if (!RequiredId(WireField.CallId, out callId) || !OptionalId(WireField.AgentId, out var optionalAgentId))
                {
                    return false;
                }

                e = new(id, eventType, at, CallId: callId, AgentId: optionalAgentId);
                return true;

            case FloorEventType.CallTransferred:
                return TryTransfer(id, at, out e);

            case FloorEventType.CallEnded:
                // queueId and callerNumber matter only to a blocked call: it was never queued, so its end names the queue that refused it.
                if (!RequiredId(WireField.CallId, out callId) || !OptionalChoice(WireField.Reason, WireEnums.EndReasons, out var endReason)
                    || !OptionalId(WireField.QueueId, out optionalQueueId) || !OptionalPhone(WireField.CallerNumber, out callerNumber))
                {
                    return false;
                }

                if (endReason == CallEndReason.Blocked && optionalQueueId is null)
                {
                    return Fault(WireField.QueueId, "required", "queueId is required for a blocked call: the queue that refused it");
                }

                e = new(id, eventType, at, CallId: callId, QueueId: optionalQueueId, CallerNumber: callerNumber, EndReason: endReason ?? CallEndReason.Completed);
                return true;

            case FloorEventType.CallAbandoned:
                if (!RequiredId(WireField.CallId, out callId) || !OptionalId(WireField.QueueId, out optionalQueueId))
                {
                    return false;
                }

                e = new(id, eventType, at, CallId: callId, QueueId: optionalQueueId);
                return true;

            case FloorEventType.AgentLoggedIn:
                if (!RequiredId(WireField.AgentId, out agentId) || !OptionalText(WireField.Name, out var name)
                    || !OptionalId(WireField.TeamId, out var teamId) || !OptionalIdList(WireField.Queues, out var queues)
                    || !OptionalChoice(WireField.Membership, WireEnums.LogInMemberships, out var joins))
                {
                    return false;
                }

                if (joins == QueueMembership.Add && queues is not { Length: > 0 })
                {
                    return Fault(WireField.Queues, "required", "queues is required with membership 'add': the queues the agent joins");
                }

                e = new(id, eventType, at, AgentId: agentId, Name: name, TeamId: teamId, Queues: queues, Membership: joins ?? QueueMembership.Replace);
                return true;

            case FloorEventType.AgentStateChanged:
                if (!RequiredId(WireField.AgentId, out agentId) || !RequiredChoice(WireField.State, WireEnums.ChosenStates, out var state)
                    || !OptionalText(WireField.Reason, out var stateReason))
                {
                    return false;
                }

                e = new(id, eventType, at, AgentId: agentId, State: state, Reason: stateReason);
                return true;

            case FloorEventType.AssistanceRequested:
                if (!RequiredId(WireField.AgentId, out agentId) || !RequiredText(WireField.Reason, out var help)
                    || !OptionalId(WireField.CallId, out var optionalCallId))
                {
                    return false;
                }

                e = new(id, eventType, at, CallId: optionalCallId, AgentId: agentId, Reason: help);
                return true;

            case FloorEventType.AgentLoggedOut:
                if (!RequiredId(WireField.AgentId, out agentId) || !OptionalIdList(WireField.Queues, out var left)
                    || !OptionalChoice(WireField.Membership, WireEnums.LogOutMemberships, out var leaves))
                {
                    return false;
                }

                if (leaves is not null && left is not { Length: > 0 })
                {
                    return Fault(WireField.Queues, "required", "queues is required with membership 'remove': the queues the agent leaves");
                }

                // Queues on a plain log-out were always ignored (the agent leaves them all); they still are.
                e = leaves is null
                    ? new(id, eventType, at, AgentId: agentId)
                    : new(id, eventType, at, AgentId: agentId, Queues: left, Membership: QueueMembership.Remove);
                return true;

            case FloorEventType.AssistanceCleared:
                if (!RequiredId(WireField.AgentId, out agentId))
                {
                    return false;
                }

                e = new(id, eventType, at, AgentId: agentId);
                return true;

            default:
                return Fault(WireField.Type, "unknown-type", $"type '{eventType}' is not handled");
        }
    }

    private bool TryTransfer(string id, DateTimeOffset at, [NotNullWhen(true)] out FloorEvent? e)
    {
        e = null;
        if (!RequiredId(WireField.CallId, out var callId) || !OptionalId(WireField.ToQueueId, out var toQueueId)
            || !OptionalId(WireField.ToAgentId, out var toAgentId))
        {
            return false;
        }

        if (toQueueId is not null && toAgentId is not null)
        {
            return Fault(WireField.ToQueueId, "invalid", "CallTransferred needs exactly one of toQueueId or toAgentId, not both");
        }

        if (toQueueId is null && toAgentId is null)
        {
            return Fault(WireField.ToQueueId, "required", "CallTransferred needs exactly one of toQueueId or toAgentId");
        }

        e = new(id, FloorEventType.CallTransferred, at, CallId: callId, ToQueueId: toQueueId, ToAgentId: toAgentId);
        return true;
    }

    private bool TryAt(out DateTimeOffset at)
    {
        at = default;
        if (!TryString(WireField.At, NameLimit, out var utf8, out var present))
        {
            return false;
        }

        if (!present)
        {
            return Missing(WireField.At);
        }

        const string example = "e.g. 2026-11-24T10:00:00Z or 2026-11-24T11:00:00+01:00";
        if (!WireText.HasTimestampShape(utf8))
        {
            return Fault(WireField.At, "invalid", $"at '{Encoding.UTF8.GetString(utf8)}' is not an ISO 8601 timestamp, {example}");
        }

        if (!WireText.HasOffset(utf8))
        {
            return Fault(WireField.At, "invalid", $"at '{Encoding.UTF8.GetString(utf8)}' has no offset: the offset is required, {example}");
        }

        // The reader's ISO 8601 parser is the one the rest of the system writes with; it needs the value as JSON.
        Span<byte> quoted = stackalloc byte[WireText.MaxTimestampLength + 2];
        quoted[0] = (byte)'"';
        utf8.CopyTo(quoted[1..]);
        quoted[utf8.Length + 1] = (byte)'"';
        var reader = new Utf8JsonReader(quoted[..(utf8.Length + 2)]);
        if (!reader.Read() || !reader.TryGetDateTimeOffset(out at))
        {
            return Fault(WireField.At, "invalid", $"at '{Encoding.UTF8.GetString(utf8)}' is not a valid ISO 8601 timestamp, {example}");
        }

        return true;
    }

    private bool RequiredId(WireField field, [NotNullWhen(true)] out string? id) =>
        OptionalId(field, out id) && (id is not null || Missing(field));

    private bool OptionalId(WireField field, out string? id)
    {
        id = null;
        if (!TryString(field, limits.MaxStringLength, out var utf8, out var present))
        {
            return false;
        }

        if (!present)
        {
            return true;
        }

        if (!WireText.IsId(utf8))
        {
            return InvalidId(field, utf8);
        }

        id = Encoding.UTF8.GetString(utf8);
        return true;
    }

    private bool OptionalIdList(WireField field, out string[]? ids)
    {
        ids = null;
        var slot = slots[(int)field];
        if (slot.Token is JsonTokenType.None or JsonTokenType.Null)
        {
            return true;
        }

        var name = WireFields.Name(field);
        if (slot.Token != JsonTokenType.StartArray)
        {
            return Fault(field, "invalid", $"{name} must be an array of ids, not {JsonText.Describe(slot.Token)}");
        }

        // The first pass has read this array whole, so reading it again cannot meet bad JSON.
        var reader = new Utf8JsonReader(json.Slice(slot.Start, slot.Length));
        reader.Read();
        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return Fault(field, "invalid", $"{name}[{list.Count}] must be an id, not {JsonText.Describe(reader.TokenType)}");
            }

            if (!TryDecode(field, limits.MaxStringLength, reader.ValueSpan, reader.ValueIsEscaped, out var utf8))
            {
                return false;
            }

            if (!WireText.IsId(utf8))
            {
                return InvalidId(field, utf8);
            }

            list.Add(Encoding.UTF8.GetString(utf8));
        }

        ids = list.ToArray();
        return true;
    }

    private bool RequiredText(WireField field, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (!TryString(field, limits.MaxStringLength, out var utf8, out var present))
        {
            return false;
        }

        if (!present)
        {
            return Missing(field);
        }

        var value = Encoding.UTF8.GetString(utf8);
        if (string.IsNullOrWhiteSpace(value))
        {
            return Fault(field, "invalid", $"{WireFields.Name(field)} must not be blank");
        }

        text = value;
        return true;
    }

    /// <summary>Free text; a blank one says nothing, so it counts as absent rather than overwriting what the floor knows.</summary>
    private bool OptionalText(WireField field, out string? text)
    {
        text = null;
        if (!TryString(field, limits.MaxStringLength, out var utf8, out var present))
        {
            return false;
        }

        if (present)
        {
            var value = Encoding.UTF8.GetString(utf8);
            text = string.IsNullOrWhiteSpace(value) ? null : value;
        }

        return true;
    }

    private bool OptionalPhone(WireField field, out string? number)
    {
        number = null;
        if (!TryString(field, limits.MaxStringLength, out var utf8, out var present))
        {
            return false;
        }

        if (!present)
        {
            return true;
        }

        // The number itself stays out of the detail: rejections are logged and shown, numbers are shown masked only.
        if (!WireText.IsPhoneNumber(utf8))
        {
            return Fault(field, "invalid",
                $"{WireFields.Name(field)} must be up to {WireText.MaxPhoneLength} digits, spaces, '+', '-', '(' or ')'");
        }

        number = Encoding.UTF8.GetString(utf8);
        return true;
    }

    private bool RequiredChoice<T>(WireField field, WireChoices<T> choices, out T value)
        where T : struct
    {
        value = default;
        if (!OptionalChoice(field, choices, out var chosen))
        {
            return false;
        }

        if (chosen is not { } known)
        {
            return Missing(field);
        }

        value = known;
        return true;
    }

    private bool OptionalChoice<T>(WireField field, WireChoices<T> choices, out T? value)
        where T : struct
    {
        value = null;
        if (!TryString(field, NameLimit, out var utf8, out var present))
        {
            return false;
        }

        if (!present)
        {
            return true;
        }

        if (!choices.TryMatch(utf8, out var match))
        {
            var text = Encoding.UTF8.GetString(utf8);
            return field == WireField.Type
                ? Fault(field, "unknown-type", $"type '{text}' is not an event type of the API")
                : Fault(field, "invalid", $"{WireFields.Name(field)} '{text}' must be {choices.Listed}{ForType()}{choices.Hint}");
        }

        value = match;
        return true;
    }

    /// <summary>
    /// The UTF-8 text of a string field. False with the fault set when the field is not a usable string;
    /// true with <paramref name="present"/> false when it is absent or null (null means absent for every field).
    /// </summary>
    private bool TryString(WireField field, int maxLength, out ReadOnlySpan<byte> utf8, out bool present)
    {
        utf8 = default;
        present = false;
        var slot = slots[(int)field];
        if (slot.Token is JsonTokenType.None or JsonTokenType.Null)
        {
            return true;
        }

        if (slot.Token != JsonTokenType.String)
        {
            return Fault(field, "invalid", $"{WireFields.Name(field)} must be a string, not {JsonText.Describe(slot.Token)}");
        }

        present = TryDecode(field, maxLength, json.Slice(slot.Start, slot.Length), slot.Escaped, out utf8);
        return present;
    }

    private bool TryDecode(WireField field, int maxLength, ReadOnlySpan<byte> raw, bool escaped, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;

        // A character takes at most six raw bytes (\uXXXX), so longer than that is too long without decoding.
        if (raw.Length > 6L * maxLength)
        {
            return TooLong(field, maxLength);
        }

        if (escaped)
        {
            var buffer = new byte[raw.Length];
            if (!JsonText.TryUnescape(raw, buffer, out var written))
            {
                return Fault(field, "invalid", $"{WireFields.Name(field)} holds an invalid escape sequence");
            }

            raw = buffer.AsSpan(0, written);
        }

        if (!Utf8.IsValid(raw))
        {
            return Fault(field, "invalid", $"{WireFields.Name(field)} is not valid UTF-8");
        }

        // Fewer bytes than the limit means fewer characters too; only longer text needs counting.
        if (raw.Length > maxLength && Encoding.UTF8.GetCharCount(raw) > maxLength)
        {
            return TooLong(field, maxLength);
        }

        utf8 = raw;
        return true;
    }

    private bool Missing(WireField field) =>
        Fault(field, "required", $"{WireFields.Name(field)} is required{ForType()}");

    private bool TooLong(WireField field, int maxLength) =>
        Fault(field, "too-long", $"{WireFields.Name(field)} is longer than {maxLength} characters");

    private bool InvalidId(WireField field, ReadOnlySpan<byte> utf8) =>
        Fault(field, "invalid",
            $"{WireFields.Name(field)} '{Encoding.UTF8.GetString(utf8)}' is not an id: ids are 1 to {WireText.MaxIdLength} letters, digits, '.', '_' or '-'");

    private readonly string ForType() => type is { } known ? " for " + known : string.Empty;

    private bool Fault(WireField field, string reason, string detail)
    {
        faultField = field;
        faultReason = reason;
        faultDetail = detail;
        return false;
    }
}
