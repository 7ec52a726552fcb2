using System.Collections.Concurrent;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace ContactCenter.Domain.Configuration;

/// <summary>
/// The floor's tunable numbers, read from the "Floor" section: floor-wide defaults, with a
/// queue's or team's own section laid on top. Re-read when the configuration reloads, so a
/// supervisor's change applies at each subject's next evaluation without a restart.
/// </summary>
public sealed class FloorSettings
{
    public const string Section = "Floor";

    private readonly IConfiguration configuration;
    private readonly ConcurrentDictionary<string, QueueSettings> queues = new();
    private readonly ConcurrentDictionary<string, TeamSettings> teams = new();
    private volatile Snapshot current;

    public FloorSettings(IConfiguration configuration)
    {
        this.configuration = configuration;
        current = Read();
        ChangeToken.OnChange(configuration.GetReloadToken, () =>
        {
            current = Read();
            queues.Clear();
            teams.Clear();
        });
    }

    public SiteCalendar Calendar => current.Calendar;

    public AlertLifecycleOptions Lifecycle => current.Lifecycle;

    /// <summary>
    /// How old a call's latest event may be for the call to be live (Floor:LiveHorizonHours, 12).
    /// An older call is history arriving late (a replayed log, a connector catching up): it is
    /// counted into its day's figures, but raises no alert, shows no live row and is not handed
    /// to agents (an agent's past day takes it), whose current state it must not change.
    /// </summary>
    public TimeSpan LiveHorizon => current.LiveHorizon;

    /// <summary>The earliest moment still live at <paramref name="now"/>: an event before it is a past day's.</summary>
    public DateTimeOffset LiveSince(DateTimeOffset now) => now - current.LiveHorizon;

    public QueueSettings ForQueue(string? queueId) =>
        queues.GetOrAdd(queueId ?? string.Empty, id =>
        {
            var own = id.Length == 0 ? null : $"Queues:{id}";
            return Bind(new QueueSettings(), own).WithQueueWaitDefaults(IsSet("Rules:QueueWait:Warning", own));
        });

    public TeamSettings ForTeam(string? teamId) =>
        teams.GetOrAdd(teamId ?? string.Empty, id => Bind(new TeamSettings(), id.Length == 0 ? null : $"Teams:{id}"));

    /// <summary>The name the floor calls a queue by (Floor:Queues:{id}:Name), or null when none is set.</summary>
    public string? QueueName(string queueId) => OwnName($"Queues:{queueId}");

    /// <summary>The name the floor calls a team by (Floor:Teams:{id}:Name), or null when none is set.</summary>
    public string? TeamName(string teamId) => OwnName($"Teams:{teamId}");

    /// <summary>Read from the subject's own section only: a floor-wide name would name every queue alike.</summary>
    private string? OwnName(string ownSection) =>
        configuration.GetSection(Section)[$"{ownSection}:Name"]?.Trim() is { Length: > 0 } name ? name : null;

    private T Bind<T>(T settings, string? ownSection)
    {
        var floor = configuration.GetSection(Section);
        floor.Bind(settings);
        if (ownSection is not null)
        {
            // Binding onto the same object only overwrites the keys the queue or team sets itself.
            floor.GetSection(ownSection).Bind(settings);
        }

        return settings;
    }

    /// <summary>Whether the floor, or the queue's or team's own section, sets this key.</summary>
    private bool IsSet(string key, string? ownSection)
    {
        var floor = configuration.GetSection(Section);
        return floor[key] is not null || (ownSection is not null && floor[$"{ownSection}:{key}"] is not null);
    }

    private Snapshot Read()
    {
        var floor = configuration.GetSection(Section);
        var lifecycle = new AlertLifecycleOptions();
        floor.GetSection("Alerts").Bind(lifecycle);
        var horizon = double.TryParse(floor["LiveHorizonHours"], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var hours) && hours > 0 ? hours : 12;
        return new Snapshot(SiteCalendar.For(floor["TimeZone"]), lifecycle, TimeSpan.FromHours(horizon));
    }

    private sealed record Snapshot(SiteCalendar Calendar, AlertLifecycleOptions Lifecycle, TimeSpan LiveHorizon);
}
