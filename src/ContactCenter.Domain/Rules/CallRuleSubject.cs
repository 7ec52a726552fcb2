using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Domain.Rules;

/// <summary>What the call rules look at: the call, its queue's settings and its queue's AHT today.</summary>
public sealed record CallRuleSubject(CallFacts Call, QueueSettings Settings, QueueFigures Queue);
