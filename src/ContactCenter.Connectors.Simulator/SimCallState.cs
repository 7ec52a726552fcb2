namespace ContactCenter.Connectors.Simulator;

/// <summary>The live states of a simulated call; ended and abandoned calls are dropped, not kept.</summary>
internal enum SimCallState
{
    Queued,
    Ringing,
    Talking,
    OnHold,
}
