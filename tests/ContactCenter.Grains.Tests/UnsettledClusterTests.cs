using ContactCenter.Contracts.Floor;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>A grain call that meets an unsettled cluster (Orleans' own "retry later") is tried again, not refused.</summary>
[Collection(FloorCollection.Name)]
public sealed class UnsettledClusterTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_batch_whose_new_call_met_an_unsettled_directory_is_applied_on_the_next_try()
    {
        var (call, queue) = (Unique("c"), Unique("q"));
        floor.FaultyHistory.UnsettleLookupsOf(call);

        var result = await floor.Sink.IngestAsync([Queued(call, queue, floor.Clock.GetUtcNow().AddSeconds(-5))]);

        Assert.Equal((1, 0, 0), (result.Accepted, result.Duplicates, result.Rejected.Count));
        Assert.Equal(CallState.Queued, (await floor.Grains.GetGrain<Contracts.Grains.ICallGrain>(call).GetSnapshot())!.State);
    }
}
