using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>A call's alert reaches the supervisors of the team of the agent on the call, not only those of its queue.</summary>
[Collection(SecuredFloorCollection.Name)]
public sealed class TeamAlertTests(SecuredFloorFixture app)
{
    [Fact]
    public async Task The_agents_team_supervisor_sees_and_takes_a_long_hold_on_a_queue_not_theirs()
    {
        var (agent, queue, call) = (Wire.NewId("xa4"), Wire.NewId("qa4"), Wire.NewId("xc"));
        var now = Wire.Now();
        await app.Connector().GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-40), "t1", queue),
            Wire.CallQueued(call, queue, now.AddSeconds(-100)),
            Wire.CallAnswered(call, agent, now.AddSeconds(-90)),
            Wire.CallHeld(call, now.AddSeconds(-70)));
        var sam = await app.As("sam.supervisor");
        var kim = await app.As("kim.supervisor", SecuredFloorFixture.KimPassword);
        var alertId = $"LongHold:{call}:1";

        var seen = await Eventually.Get(() => InboxOf(sam), inbox => inbox.Any(a => a.GetProperty("alertId").GetString() == alertId), "LongHold in sam's inbox");
        Assert.Equal("t1", seen.Single(a => a.GetProperty("alertId").GetString() == alertId).GetProperty("teamId").GetString());
        Assert.DoesNotContain(await InboxOf(kim), a => a.GetProperty("alertId").GetString() == alertId);

        var taken = await sam.PostAsync($"/api/alerts/{alertId}/take", null);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kim.PostAsync($"/api/alerts/{alertId}/take", null)).StatusCode);
    }

    private static async Task<JsonElement[]> InboxOf(HttpClient supervisor) =>
        [.. (await supervisor.GetFromJsonAsync<JsonElement>("/api/alerts"))!.EnumerateArray()];
}
