namespace ContactCenter.Connectors.Simulator;

/// <summary>The logged-in agent states the simulator drives (logged-out never happens once the floor runs).</summary>
internal enum SimAgentState
{
    Available,
    Ringing,
    Talking,
    OnHold,
    WrapUp,
    NotReady,
}
