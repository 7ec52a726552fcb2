namespace ContactCenter.Ingestion;

/// <summary>The wire names of <see cref="WireField"/>, and the lookup from a property name to the field.</summary>
internal static class WireFields
{
    public const int Count = (int)WireField.Membership + 1;

    private static readonly string[] Names =
    [
        "eventId", "type", "at", "callId", "agentId", "queueId", "direction", "callerNumber", "customerTier",
        "calledNumber", "toQueueId", "toAgentId", "reason", "state", "name", "teamId", "queues", "membership",
    ];

    public static string Name(WireField field) => Names[(int)field];

    /// <summary>Finds the field of an unescaped UTF-8 property name; names are case-sensitive, as on the wire.</summary>
    public static bool TryFind(ReadOnlySpan<byte> name, out WireField field)
    {
        // Switching on the length first keeps this to one or two comparisons per property.
        field = name.Length switch
        {
            2 when name.SequenceEqual("at"u8) => WireField.At,
            4 when name.SequenceEqual("type"u8) => WireField.Type,
            4 when name.SequenceEqual("name"u8) => WireField.Name,
            5 when name.SequenceEqual("state"u8) => WireField.State,
            6 when name.SequenceEqual("callId"u8) => WireField.CallId,
            6 when name.SequenceEqual("reason"u8) => WireField.Reason,
            6 when name.SequenceEqual("teamId"u8) => WireField.TeamId,
            6 when name.SequenceEqual("queues"u8) => WireField.Queues,
            7 when name.SequenceEqual("eventId"u8) => WireField.EventId,
            7 when name.SequenceEqual("agentId"u8) => WireField.AgentId,
            7 when name.SequenceEqual("queueId"u8) => WireField.QueueId,
            9 when name.SequenceEqual("direction"u8) => WireField.Direction,
            9 when name.SequenceEqual("toQueueId"u8) => WireField.ToQueueId,
            9 when name.SequenceEqual("toAgentId"u8) => WireField.ToAgentId,
            10 when name.SequenceEqual("membership"u8) => WireField.Membership,
            12 when name.SequenceEqual("callerNumber"u8) => WireField.CallerNumber,
            12 when name.SequenceEqual("customerTier"u8) => WireField.CustomerTier,
            12 when name.SequenceEqual("calledNumber"u8) => WireField.CalledNumber,
            _ => (WireField)byte.MaxValue,
        };

        return field != (WireField)byte.MaxValue;
    }
}
