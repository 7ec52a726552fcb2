namespace ContactCenter.Connectors.Simulator;

/// <summary>One simulated agent: where it is in its state machine and which call and raised hand it has.</summary>
internal sealed class SimAgent(int index, string id, string name, string teamId, int[] queues)
{
    public int Index { get; } = index;

    public string Id { get; } = id;

    public string Name { get; } = name;

    public string TeamId { get; } = teamId;

    public int[] Queues { get; } = queues;

    public SimAgentState State { get; private set; } = SimAgentState.Available;

    public DateTimeOffset IdleSince { get; private set; }

    public SimCall? Call { get; private set; }

    /// <summary>Bumped on every state change, so a wrap-up or break that ended some other way is not ended twice.</summary>
    public long Token { get; private set; }

    public long? HandCallNumber { get; private set; }

    public long HandToken { get; private set; }

    public bool Serves(int queue) => Array.IndexOf(Queues, queue) >= 0;

    public void Become(SimAgentState state, DateTimeOffset at, SimCall? call = null)
    {
        State = state;
        Call = call;
        Token++;
        if (state == SimAgentState.Available)
        {
            IdleSince = at;
        }
    }

    public void RaiseHand(long callNumber)
    {
        HandCallNumber = callNumber;
        HandToken++;
    }

    public void LowerHand() => HandCallNumber = null;
}
