namespace ContactCenter.Domain.History;

/// <summary>
/// The history store could not be read or written (down, restarting, out of connections).
/// Nothing that depended on it was acknowledged, so a retry will do: the API answers 503. It
/// carries the cause as text only, since a database driver's exception cannot travel between
/// silos and front ends.
/// </summary>
[GenerateSerializer]
public sealed class HistoryUnavailableException : Exception
{
    public HistoryUnavailableException()
    {
    }

    public HistoryUnavailableException(string message)
        : base(message)
    {
    }

    public HistoryUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
