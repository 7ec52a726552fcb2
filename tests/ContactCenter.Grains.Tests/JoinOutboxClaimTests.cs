using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;

namespace ContactCenter.Grains.Tests;

/// <summary>Two connectors asking for one join: exactly one claims it, so a supervisor is rung once.</summary>
[Collection(FloorCollection.Name)]
public sealed class JoinOutboxClaimTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_pending_join_is_claimed_once_and_then_is_done()
    {
        var outbox = floor.Grains.GetGrain<IJoinOutboxGrain>(0);
        var id = Testing.Events.Unique("join");
        await outbox.Add(new JoinCommand(id, "alert", null, "a1", "sam.supervisor", JoinMode.Monitor, floor.Clock.GetUtcNow()));

        var claims = await Task.WhenAll(outbox.Claim(id).AsTask(), outbox.Claim(id).AsTask());

        Assert.Equal(1, claims.Count(c => c));
        Assert.DoesNotContain(await outbox.Pending(), c => c.CommandId == id);
        Assert.True(await outbox.Done(id));
        Assert.False(await outbox.Claim("no-such-join"));
    }
}
