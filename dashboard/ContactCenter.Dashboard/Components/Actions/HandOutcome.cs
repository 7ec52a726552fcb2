namespace ContactCenter.Dashboard.Components.Actions;

/// <summary>Why a hand was or was not raised or lowered.</summary>
public enum HandOutcome
{
    Done,

    /// <summary>No event ever named the agent.</summary>
    UnknownAgent,

    /// <summary>The hand named a call the agent is not on.</summary>
    NotOnCall,
}
