namespace ContactCenter.Connectors.Simulator;

/// <summary>The kinds of planned happenings on the floor.</summary>
internal enum SimStepKind
{
    Arrival,
    Abandon,
    Answer,
    TalkPieceDone,
    Resume,
    RaiseHand,
    LowerHand,
    WrapUpDone,
    BreakDone,
}
