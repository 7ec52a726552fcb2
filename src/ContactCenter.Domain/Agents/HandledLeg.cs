namespace ContactCenter.Domain.Agents;

/// <summary>
/// One agent's part of a call, from answering it until it ended or left the agent, plus the
/// wrap-up done right after it. Its handle time (talk + hold + that wrap-up) counts once, in
/// the queue it was answered from, in the interval holding <see cref="CompletedAt"/>: the end of
/// its wrap-up, or the leg's end when no wrap-up followed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record HandledLeg(string CallId, string QueueId, DateTimeOffset AnsweredAt, DateTimeOffset CompletedAt, double Seconds)
{
    /// <summary>A leg is one agent answering one call once; its end and seconds may still move with late events.</summary>
    public bool SameLeg(HandledLeg other) => CallId == other.CallId && AnsweredAt == other.AnsweredAt;
}
