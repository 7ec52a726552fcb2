namespace ContactCenter.Ingestion;

/// <summary>The fields of an event that the parser reads; any other field is ignored.</summary>
internal enum WireField : byte
{
    EventId,
    Type,
    At,
    CallId,
    AgentId,
    QueueId,
    Direction,
    CallerNumber,
    CustomerTier,
    CalledNumber,
    ToQueueId,
    ToAgentId,
    Reason,
    State,
    Name,
    TeamId,
    Queues,
    Membership,
}
