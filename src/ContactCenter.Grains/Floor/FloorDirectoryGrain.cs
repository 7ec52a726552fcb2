using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Persistence;

namespace ContactCenter.Grains.Floor;

/// <summary>Which queues and teams exist. Written once per new queue or team, read when merging the floor.</summary>
public sealed class FloorDirectoryGrain(
    [PersistentState("directory", FloorStorage.Name)] IPersistentState<FloorDirectoryState> state) : Grain, IFloorDirectoryGrain
{
    public async ValueTask RegisterQueue(string queueId)
    {
        if (state.State.Queues.Add(queueId))
        {
            await state.WriteStateAsync();
        }
    }

    public async ValueTask RegisterTeam(string teamId)
    {
        if (state.State.Teams.Add(teamId))
        {
            await state.WriteStateAsync();
        }
    }

    public ValueTask<string[]> GetQueues() => ValueTask.FromResult(state.State.Queues.Order(StringComparer.Ordinal).ToArray());

    public ValueTask<string[]> GetTeams() => ValueTask.FromResult(state.State.Teams.Order(StringComparer.Ordinal).ToArray());
}
