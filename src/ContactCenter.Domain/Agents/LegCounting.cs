namespace ContactCenter.Domain.Agents;

/// <summary>
/// What a queue must be told so that it counts an agent's legs as the agent's facts now have
/// them: new legs added, moved legs replaced, and a leg whose wrap-up has just begun taken back
/// until that wrap-up ends. <c>counted</c> is the caller's record of what queues count, updated here.
/// Runs after every agent event, so it allocates nothing when nothing changed.
/// </summary>
public static class LegCounting
{
    private static readonly List<(HandledLeg? Retract, HandledLeg? Add)> NoChanges = [];

    public static IReadOnlyList<(HandledLeg? Retract, HandledLeg? Add)> Reconcile(List<HandledLeg> counted, AgentFacts facts)
    {
        List<(HandledLeg?, HandledLeg?)>? changes = null;
        if (facts.WrapUpLeg is { } pending && IndexOf(counted, pending) is var waiting and >= 0)
        {
            (changes ??= []).Add((counted[waiting], null));
            counted.RemoveAt(waiting);
        }

        foreach (var leg in facts.Legs)
        {
            var before = IndexOf(counted, leg);
            if (before >= 0 && counted[before] == leg)
            {
                continue;
            }

            (changes ??= []).Add((before >= 0 ? counted[before] : null, leg));
            if (before >= 0)
            {
                counted[before] = leg;
                continue;
            }

            counted.Add(leg);
            if (counted.Count > facts.LegCapacity * 2)
            {
                counted.RemoveAt(0);
            }
        }

        return changes ?? NoChanges;
    }

    private static int IndexOf(List<HandledLeg> counted, HandledLeg leg)
    {
        for (var i = 0; i < counted.Count; i++)
        {
            if (counted[i].SameLeg(leg))
            {
                return i;
            }
        }

        return -1;
    }
}
