using Microsoft.Extensions.Configuration;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Grains.Tests;

public sealed class FloorSettingsTests
{
    [Fact]
    public void A_queue_inherits_the_floors_thresholds_and_overrides_only_what_it_sets()
    {
        var settings = new FloorSettings(Configuration(new()
        {
            ["Floor:Rules:LongHold:Warning"] = "45",
            ["Floor:Queues:q1:Rules:QueueWait:Warning"] = "15",
            ["Floor:Queues:q1:ServiceLevelSeconds"] = "30",
        }).Root);

        var q1 = settings.ForQueue("q1");
        var other = settings.ForQueue("q2");
        Assert.Equal((45, 120), (q1.Rules.LongHold.Warning, q1.Rules.LongHold.Critical));
        Assert.Equal((15, 60), (q1.Rules.QueueWait.Warning, q1.Rules.QueueWait.Critical));
        Assert.Equal(30, q1.ServiceLevelSeconds);
        Assert.Equal((20, 20), (other.Rules.QueueWait.Warning, other.ServiceLevelSeconds));
    }

    [Fact]
    public void A_changed_threshold_applies_after_a_configuration_reload_without_a_restart()
    {
        var (root, source) = Configuration(new() { ["Floor:Teams:t1:Rules:LongWrapUp:Warning"] = "240" });
        var settings = new FloorSettings(root);
        Assert.Equal(240, settings.ForTeam("t1").Rules.LongWrapUp.Warning);

        source.Set("Floor:Teams:t1:Rules:LongWrapUp:Warning", "90");
        root.Reload();

        Assert.Equal(90, settings.ForTeam("t1").Rules.LongWrapUp.Warning);
        Assert.Equal(180, settings.ForTeam("t2").Rules.LongWrapUp.Warning);
    }

    [Fact]
    public void The_site_time_zone_and_alert_lifecycle_come_from_configuration()
    {
        var settings = new FloorSettings(Configuration(new()
        {
            ["Floor:TimeZone"] = "Europe/Berlin",
            ["Floor:Alerts:CooldownSeconds"] = "30",
        }).Root);

        Assert.Equal("Europe/Berlin", settings.Calendar.Zone.Id);
        Assert.Equal(30, settings.Lifecycle.CooldownSeconds);
        Assert.Equal(120, settings.Lifecycle.EscalateAfterSeconds);
    }

    private static (IConfigurationRoot Root, IConfigurationProvider Source) Configuration(Dictionary<string, string?> values)
    {
        var root = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return (root, root.Providers.Single());
    }
}
