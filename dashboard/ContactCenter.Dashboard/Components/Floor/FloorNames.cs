using ContactCenter.Domain.Configuration;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// What screens call queues and teams: the name the floor configured (Floor:Queues:{id}:Name,
/// Floor:Teams:{id}:Name), else the id. Names are for people; links, filters and the API keep ids.
/// </summary>
public sealed class FloorNames(FloorSettings settings)
{
    public string Queue(string queueId) => settings.QueueName(queueId) ?? queueId;

    public string Team(string teamId) => settings.TeamName(teamId) ?? teamId;
}
