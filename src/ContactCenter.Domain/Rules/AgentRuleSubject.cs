using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Domain.Rules;

/// <summary>What the agent rules look at: the agent and the settings of the agent's team.</summary>
public sealed record AgentRuleSubject(AgentFacts Agent, TeamSettings Settings);
