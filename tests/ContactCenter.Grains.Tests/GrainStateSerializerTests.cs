using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Queues;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// The grain state serializer reuses one buffer per thread: what it writes is byte for byte what
/// Orleans' own grain storage serializer writes (states stored before read as they did), and a
/// small state written after a large one carries nothing of it (nor do its ledgers, which reuse
/// an encoder per thread too).
/// </summary>
public sealed class GrainStateSerializerTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private readonly Serializer serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(QueueGrainState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void It_writes_what_Orleans_own_serializer_writes_and_reads_it_back()
    {
        var state = Queue(calls: 200);
        var ours = new GrainStateSerializer(serializer).Serialize(state).ToArray();

        Assert.Equal(new OrleansGrainStorageSerializer(serializer).Serialize(state).ToArray(), ours);
        var read = new GrainStateSerializer(serializer).Deserialize<QueueGrainState>(new BinaryData(ours));
        Assert.Equal(state.LiveCalls.Order(StringComparer.Ordinal), read.LiveCalls.Order(StringComparer.Ordinal));
        Assert.True(read.CallLedger.IsLast("c-199", 199));
    }

    [Fact]
    public void A_small_state_after_a_large_one_is_exactly_its_own_bytes()
    {
        var ours = new GrainStateSerializer(serializer);
        var large = ours.Serialize(Queue(calls: 2_000)).ToArray();
        var small = ours.Serialize(Queue(calls: 1)).ToArray();

        Assert.True(large.Length > 20 * small.Length);
        Assert.Equal(new OrleansGrainStorageSerializer(serializer).Serialize(Queue(calls: 1)).ToArray(), small);
        var read = ours.Deserialize<QueueGrainState>(new BinaryData(small));
        Assert.Single(read.LiveCalls);
        Assert.Equal(1, read.CallLedger.Count);
        Assert.True(read.CallLedger.IsLast("c-0", 0));
    }

    private static QueueGrainState Queue(int calls)
    {
        var state = new QueueGrainState { Registered = true };
        for (var i = 0; i < calls; i++)
        {
            state.LiveCalls.Add($"c-{i}");
            state.CallLedger.Admit($"c-{i}", i, At.AddSeconds(i));
        }

        return state;
    }
}
