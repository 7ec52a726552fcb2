using ContactCenter.Contracts.Events;

namespace ContactCenter.Connectors.Simulator;

/// <summary>One live simulated call.</summary>
internal sealed class SimCall(long number, string id, CustomerTier tier, string callerNumber)
{
    public long Number { get; } = number;

    public string Id { get; } = id;

    public CustomerTier Tier { get; } = tier;

    public string CallerNumber { get; } = callerNumber;

    public int Queue { get; set; }

    public SimCallState State { get; set; }

    public SimAgent? Agent { get; set; }

    /// <summary>Bumped each time the call enters a queue, so steps planned for an earlier leg are ignored.</summary>
    public long Leg { get; set; }

    public int Transfers { get; set; }

    /// <summary>The talk still to come, in seconds, split by the holds planned between the pieces.</summary>
    public Queue<double> TalkPieces { get; } = new();
}
