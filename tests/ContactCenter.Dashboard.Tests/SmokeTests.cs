using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactCenter.Dashboard.Tests;

[Collection(FloorApiCollection.Name)]
public sealed class SmokeTests(FloorApiFixture app)
{
    [Fact]
    public async Task The_app_starts_ready_with_the_simulator_off_on_its_own_silo_ports()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        // The simulator is off: none of its agents (a1, a2, ...) is on the floor, whatever other tests of the collection posted.
        var agent = await client.GetAsync("/api/agents/a1");
        Assert.Equal(HttpStatusCode.NotFound, agent.StatusCode);
    }
}
