namespace ContactCenter.Contracts.Alerts;

/// <summary>How a supervisor action fared.</summary>
public enum AlertActionOutcome
{
    Done,
    NotFound,
    Conflict,
    Invalid,
}
