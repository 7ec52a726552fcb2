namespace ContactCenter.Contracts.Grains;

/// <summary>
/// Which queues and teams exist, so the front end knows which partitions to merge.
/// Written once per new queue or team, never per event. Key: 0.
/// </summary>
public interface IFloorDirectoryGrain : IGrainWithIntegerKey
{
    ValueTask RegisterQueue(string queueId);

    ValueTask RegisterTeam(string teamId);

    ValueTask<string[]> GetQueues();

    ValueTask<string[]> GetTeams();
}
