namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>
/// The agent id in a queue member's interface as Asterisk names it: the extension or agent number
/// of <c>PJSIP/201</c>, <c>SIP/201-0000002a</c>, <c>Local/201@agents/n</c> and <c>Agent/1001</c>; a member
/// name (<c>log_membername_as_agent</c>) is taken as it is. The same person is one id whichever
/// channel technology carried the call.
/// </summary>
public static class AsteriskAgentId
{
    /// <summary>The id, or null for no agent ("NONE" or empty).</summary>
    public static string? Of(string member)
    {
        var value = member.Trim();
        if (value.Length == 0 || value == QueueLogEntry.None)
        {
            return null;
        }

        var slash = value.IndexOf('/');
        if (slash <= 0 || slash == value.Length - 1 || value[..slash].Contains(' '))
        {
            return value;
        }

        var rest = value[(slash + 1)..];
        var end = rest.IndexOfAny(['@', '/']);
        if (end >= 0)
        {
            rest = rest[..end];
        }

        // A channel's own name adds "-<sequence>" to the endpoint (SIP/201-0000002a).
        var dash = rest.LastIndexOf('-');
        if (dash > 0 && rest.Length - dash == 9 && rest[(dash + 1)..].All(Uri.IsHexDigit))
        {
            rest = rest[..dash];
        }

        return rest.Length == 0 ? value : rest;
    }
}
