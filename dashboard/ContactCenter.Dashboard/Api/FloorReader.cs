using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Reads the floor the partitioned way: the directory, then every queue and team aggregate in
/// parallel, merged here. A handful of calls per queue and team, never one per agent or call.
/// </summary>
public sealed class FloorReader(IGrainFactory grains, TimeProvider clock, FloorSettings settings)
{
    public async Task<FloorSnapshot> ReadAsync()
    {
        var directory = grains.GetGrain<IFloorDirectoryGrain>(0);
        var queueIds = await directory.GetQueues();
        var teamIds = await directory.GetTeams();
        var queues = await Task.WhenAll(queueIds.Select(QueueAsync));
        var teams = await Task.WhenAll(teamIds.Select(TeamAsync));
        var now = clock.GetUtcNow();
        var calendar = settings.Calendar;
        var today = QueueFigureBook.Sum(queues.Select(q => q.Today), calendar.DayStart(now), calendar.IntervalStart(now).AddMinutes(15));

        // Agents serve several queues but belong to one team: the floor's staffing comes from teams.
        var staffing = StaffingCount.Sum(teams.Select(t => t.Staffing));
        var alerts = Merge(queues.SelectMany(q => q.Alerts).Concat(teams.SelectMany(t => t.Alerts)));
        return new FloorSnapshot(now, today, staffing, queues, teams, alerts);
    }

    public async Task<AlertSnapshot[]> AlertsAsync(bool includeClosed)
    {
        var directory = grains.GetGrain<IFloorDirectoryGrain>(0);
        var queueIds = await directory.GetQueues();
        var teamIds = await directory.GetTeams();
        var inboxes = queueIds.Select(AlertInbox.OfQueue).Concat(teamIds.Select(AlertInbox.OfTeam));
        var lists = await Task.WhenAll(inboxes.Select(key => grains.GetGrain<IAlertInboxGrain>(key).GetAlerts(includeClosed).AsTask()));
        return Merge(lists.SelectMany(l => l));
    }

    /// <summary>A queue with the active alerts of its inbox and its configured name.</summary>
    public async Task<QueueSnapshot> QueueAsync(string queueId)
    {
        var queue = grains.GetGrain<IQueueGrain>(queueId).GetSnapshot();
        var alerts = grains.GetGrain<IAlertInboxGrain>(AlertInbox.OfQueue(queueId)).GetAlerts(includeClosed: false);
        return (await queue) with { Alerts = await alerts, Name = settings.QueueName(queueId) };
    }

    /// <summary>A team with the active alerts of its inbox and its configured name.</summary>
    public async Task<TeamSnapshot> TeamAsync(string teamId)
    {
        var team = grains.GetGrain<ITeamGrain>(teamId).GetSnapshot();
        var alerts = grains.GetGrain<IAlertInboxGrain>(AlertInbox.OfTeam(teamId)).GetAlerts(includeClosed: false);
        return (await team) with { Alerts = await alerts, Name = settings.TeamName(teamId) };
    }

    public async Task<bool> QueueExistsAsync(string queueId) =>
        (await grains.GetGrain<IFloorDirectoryGrain>(0).GetQueues()).Contains(queueId, StringComparer.Ordinal);

    /// <summary>One copy of each alert (the newest), the ones needing attention first: active, critical, newest.</summary>
    private static AlertSnapshot[] Merge(IEnumerable<AlertSnapshot> alerts) =>
        alerts
            .GroupBy(a => a.AlertId)
            .Select(g => g.MaxBy(a => a.UpdatedAt)!)
            .OrderByDescending(a => a.IsActive)
            .ThenByDescending(a => a.Severity)
            .ThenByDescending(a => a.RaisedAt)
            .ToArray();
}
