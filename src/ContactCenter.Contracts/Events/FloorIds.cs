namespace ContactCenter.Contracts.Events;

/// <summary>
/// The shape of every id on the floor (calls, agents, queues, teams): 1 to 64 of A-Z, a-z, 0-9,
/// '.', '_' and '-'. Ids appear in URLs and inside alert ids ("{rule}:{subject}:{n}"), so ':',
/// '/' and spaces never get in. Connectors that build events themselves check their ids here.
/// </summary>
public static class FloorIds
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id)
    {
        if (id is not { Length: > 0 and <= MaxLength })
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
