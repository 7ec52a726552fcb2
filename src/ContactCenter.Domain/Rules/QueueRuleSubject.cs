using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Domain.Rules;

/// <summary>What the queue rules look at: the oldest waiting call, the current and previous intervals' figures, the queue's settings.</summary>
public sealed record QueueRuleSubject(DateTimeOffset? OldestWaitingSince, QueueStats CurrentInterval, QueueSettings Settings, QueueStats? PreviousInterval = null);
