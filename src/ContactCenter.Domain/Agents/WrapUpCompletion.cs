namespace ContactCenter.Domain.Agents;

/// <summary>A wrap-up that followed a call and has ended: its seconds go to that call's handle time.</summary>
[GenerateSerializer, Immutable]
public sealed record WrapUpCompletion(string CallId, string QueueId, DateTimeOffset EndedAt, double Seconds);
