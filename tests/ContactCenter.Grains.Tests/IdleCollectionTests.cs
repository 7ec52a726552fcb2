using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using Orleans.Configuration;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>Orleans' idle collection, made quick: an activation idle for 2 s of real time goes, whatever timers it holds.</summary>
public sealed class QuickCollectionFixture : FloorClusterFixture
{
    protected override void Configure(ISiloBuilder silo) => silo.Configure<GrainCollectionOptions>(options =>
    {
        options.CollectionQuantum = TimeSpan.FromMilliseconds(500);
        options.CollectionAge = TimeSpan.FromSeconds(2);
    });
}

[CollectionDefinition(Name)]
public sealed class QuickCollection : ICollectionFixture<QuickCollectionFixture>
{
    public const string Name = "quick idle collection";
}

/// <summary>
/// On the floor, 15 minutes without an event is enough for Orleans to collect an agent's
/// activation; lunch warns only after an hour. The warning must come all the same.
/// </summary>
[Collection(QuickCollection.Name)]
public sealed class IdleCollectionTests(QuickCollectionFixture floor)
{
    [Fact]
    public async Task An_agent_at_lunch_collected_as_idle_is_still_warned_an_hour_on()
    {
        var (agent, team, queue) = (Unique("a"), Unique("t"), Unique("q"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([LoggedIn(agent, team, now.AddHours(-2), queue), State(agent, AgentState.NotReady, now, "lunch")]);

        Assert.True(await CollectedSubjectTests.IsActive(floor, agent));
        await Eventually.Get(() => CollectedSubjectTests.IsActive(floor, agent), active => !active, "Orleans to collect the idle agent", deadlineMs: 30_000);
        floor.Clock.Advance(TimeSpan.FromHours(1));

        var alert = await floor.WaitFor(AlertRule.LongNotReady, agent, a => a.IsActive, "LongNotReady an hour into lunch");
        Assert.Equal((AlertSeverity.Warning, now), (alert.Severity, alert.Since));
    }
}
