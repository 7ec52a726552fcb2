using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>
/// A transfer into a queue is a new offer there (the caller waits again), counted
/// as transferred out of the first queue and into the next; each agent's leg counts as one
/// handled leg in the queue it was answered from, with its talk, hold and the wrap-up after it;
/// the call completes once, in its last queue.
/// </summary>
[Collection(FloorClockCollection.Name)]
public sealed class TransferFigureTests(FloorClockFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_transfer_back_into_the_same_queue_shows_as_transferred_in_and_out_with_two_handled_legs()
    {
        var (qa1, xa2, xa3, xc3) = (Wire.NewId("qa1"), Wire.NewId("xa2"), Wire.NewId("xa3"), Wire.NewId("xc3"));
        var now = app.Daytime();
        await client.GivenAsync(
            Wire.AgentLoggedIn(xa2, now.AddMinutes(-40), "t1", qa1),
            Wire.AgentLoggedIn(xa3, now.AddMinutes(-40), "t1", qa1),
            Wire.CallQueued(xc3, qa1, now.AddSeconds(-600)),
            Wire.CallAnswered(xc3, xa2, now.AddSeconds(-590)),
            Wire.CallTransferred(xc3, qa1, now.AddSeconds(-500)),
            Wire.CallAnswered(xc3, xa3, now.AddSeconds(-450)),
            Wire.CallEnded(xc3, now.AddSeconds(-400)));

        var qa = await client.StatsAsync(qa1, now.AddHours(-1), now.AddHours(1));

        // The README's convention: the caller waited twice (10 s, then 50 s after the transfer).
        Assert.Equal((2, 2), (qa.Int("offered"), qa.Int("answered")));
        Assert.Equal(0.5, qa.Number("serviceLevel"));
        Assert.Equal(30, qa.Number("asaSeconds"));
        // And the board says why: one of the two offers came from a transfer.
        Assert.Equal((1, 1), (qa.Int("transferredIn"), qa.Int("transferredOut")));
        // Two legs (90 s and 50 s of talk), one caller completed.
        Assert.Equal((2, 1), (qa.Int("handled"), qa.Int("completed")));
        Assert.Equal(140, qa.Number("totalHandleSeconds"));
        Assert.Equal(70, qa.Number("ahtSeconds"));
    }

    [Fact]
    public async Task A_transfer_to_another_queue_keeps_each_legs_handle_time_with_its_wrap_up_in_its_own_queue()
    {
        var (qa2, qa3, xa6, xa7, xc5) = (Wire.NewId("qa2"), Wire.NewId("qa3"), Wire.NewId("xa6"), Wire.NewId("xa7"), Wire.NewId("xc5"));
        var now = app.Daytime();
        await client.GivenAsync(
            Wire.AgentLoggedIn(xa6, now.AddMinutes(-40), "t1", qa2),
            Wire.AgentLoggedIn(xa7, now.AddMinutes(-40), "t1", qa3),
            Wire.CallQueued(xc5, qa2, now.AddSeconds(-1000)),
            Wire.CallAnswered(xc5, xa6, now.AddSeconds(-990)),
            Wire.CallTransferred(xc5, qa3, now.AddSeconds(-690)),
            Wire.AgentStateChanged(xa6, "wrap-up", now.AddSeconds(-690)),
            Wire.AgentStateChanged(xa6, "available", now.AddSeconds(-630)),
            Wire.CallAnswered(xc5, xa7, now.AddSeconds(-680)),
            Wire.CallEnded(xc5, now.AddSeconds(-620)),
            Wire.AgentStateChanged(xa7, "wrap-up", now.AddSeconds(-620)),
            Wire.AgentStateChanged(xa7, "available", now.AddSeconds(-600)));

        var first = await client.StatsAsync(qa2, now.AddHours(-1), now.AddHours(1));
        var last = await client.StatsAsync(qa3, now.AddHours(-1), now.AddHours(1));

        // xa6: 300 s of talk and 60 s of wrap-up; the call went on, so it completed elsewhere.
        Assert.Equal((1, 0, 1), (first.Int("handled"), first.Int("completed"), first.Int("transferredOut")));
        Assert.Equal(360, first.Number("totalHandleSeconds"));
        Assert.Equal(360, first.Number("ahtSeconds"));
        // xa7: 60 s of talk and 20 s of wrap-up; the caller waited 10 s again and completed here.
        Assert.Equal((1, 1, 1), (last.Int("handled"), last.Int("completed"), last.Int("transferredIn")));
        Assert.Equal((1, 1), (last.Int("offered"), last.Int("answered")));
        Assert.Equal(10, last.Number("asaSeconds"));
        Assert.Equal(80, last.Number("totalHandleSeconds"));
        Assert.Equal(80, last.Number("ahtSeconds"));
    }
}
