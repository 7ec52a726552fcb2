namespace ContactCenter.Contracts.Grains;

/// <summary>
/// The wall-board display tokens admins have issued (key 0): which are live and which revoked.
/// Persisted, so a revoked TV stays out after a restart. Read when a display connects, not per event.
/// </summary>
public interface IDisplayTokenRegistryGrain : IGrainWithIntegerKey
{
    ValueTask Record(DisplayToken token);

    ValueTask<bool> Revoke(string tokenId, string revokedBy, DateTimeOffset at);

    ValueTask<bool> IsActive(string tokenId, DateTimeOffset now);

    ValueTask<DisplayToken[]> List();
}
