namespace ContactCenter.Contracts.Alerts;

/// <summary>How a supervisor action fared.</summary>
public enum AlertActionOutcome
{
    Done,
    NotFound,
    Conflict,
    Invalid,

    /// <summary>The alert is outside the acting supervisor's scope (or, with security on, does not exist).</summary>
    Forbidden,
}
