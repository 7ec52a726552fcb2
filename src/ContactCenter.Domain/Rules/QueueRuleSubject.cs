using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Domain.Rules;

/// <summary>What the queue rules look at: the oldest waiting call, the current interval's figures and when it ends.</summary>
public sealed record QueueRuleSubject(DateTimeOffset? OldestWaitingSince, QueueStats CurrentInterval, QueueSettings Settings);
