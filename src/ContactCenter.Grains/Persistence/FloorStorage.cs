namespace ContactCenter.Grains.Persistence;

/// <summary>The grain storage provider names the floor's grains use; the host decides what backs them.</summary>
public static class FloorStorage
{
    public const string Name = "floor";
    public const string PubSub = "PubSubStore";
}
