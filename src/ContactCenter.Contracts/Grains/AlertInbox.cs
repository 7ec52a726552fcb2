namespace ContactCenter.Contracts.Grains;

/// <summary>The keys of the alert inboxes: one per queue and one per team.</summary>
public static class AlertInbox
{
    public static string OfQueue(string queueId) => "queue:" + queueId;

    public static string OfTeam(string teamId) => "team:" + teamId;
}
