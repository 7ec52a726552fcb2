using System.Buffers;
using System.Text;
using ContactCenter.Contracts.Events;
using static ContactCenter.Ingestion.Tests.Support.Wire;

namespace ContactCenter.Ingestion.Tests;

public class StreamAndSequenceTests
{
    [Fact]
    public async Task A_stream_is_parsed_like_the_same_bytes()
    {
        var body = Encoding.UTF8.GetBytes("[" + Item("CallHeld", "'callId':'c-1'") + ",7]");
        using var stream = new TrickleStream(body, chunk: 5);

        var result = await EventBatchParser.ParseAsync(stream, EventBatchLimits.Default);

        Assert.True(result.IsSuccess);
        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallHeld, AtValue, CallId: "c-1"), Assert.Single(result.Events).Event);
        Assert.Equal(1, Assert.Single(result.Rejected).Index);
    }

    [Fact]
    public async Task A_large_stream_within_the_limit_is_read_whole()
    {
        var items = Enumerable.Range(0, 2_000).Select(i => Item("CallHeld", $"'callId':'c-{i}'", eventId: $"e-{i}"));
        var body = Encoding.UTF8.GetBytes("[" + string.Join(",", items) + "]");
        Assert.True(body.Length > 64 * 1024);
        using var stream = new MemoryStream(body);

        var result = await EventBatchParser.ParseAsync(stream, EventBatchLimits.Default);

        Assert.True(result.IsSuccess);
        Assert.Equal(2_000, result.Events.Count);
    }

    [Fact]
    public async Task A_stream_longer_than_the_byte_limit_is_refused_with_413()
    {
        using var stream = new TrickleStream(new byte[1000], chunk: 64);

        var result = await EventBatchParser.ParseAsync(stream, new EventBatchLimits { MaxBytes = 100 });

        Assert.Equal(new BatchError(413, "the body is larger than 100 bytes"), result.Error);
    }

    [Fact]
    public async Task A_stream_of_exactly_the_byte_limit_is_parsed()
    {
        var body = Encoding.UTF8.GetBytes("[" + new string(' ', 98) + "]");
        using var stream = new TrickleStream(body, chunk: 7);

        var result = await EventBatchParser.ParseAsync(stream, new EventBatchLimits { MaxBytes = 100 });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void A_body_in_several_segments_is_parsed_like_one()
    {
        var body = Encoding.UTF8.GetBytes("[" + Item("CallEnded", "'callId':'c-1','reason':'no-answer'") + "]");
        var sequence = Segments(body, 3);
        Assert.False(sequence.IsSingleSegment);

        var result = EventBatchParser.Parse(sequence, EventBatchLimits.Default);

        Assert.True(result.IsSuccess);
        Assert.Equal(CallEndReason.NoAnswer, Assert.Single(result.Events).Event.EndReason);
    }

    [Fact]
    public void A_segmented_body_larger_than_the_byte_limit_is_refused_with_413()
    {
        var sequence = Segments(new byte[200], 3);

        var result = EventBatchParser.Parse(sequence, new EventBatchLimits { MaxBytes = 100 });

        Assert.Equal(413, result.Error?.Status);
    }

    private static ReadOnlySequence<byte> Segments(byte[] body, int parts)
    {
        var size = (body.Length + parts - 1) / parts;
        Segment? first = null;
        Segment? last = null;
        for (var start = 0; start < body.Length; start += size)
        {
            var memory = body.AsMemory(start, Math.Min(size, body.Length - start));
            last = last is null ? first = new Segment(memory, 0) : last.Append(memory);
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }

    /// <summary>A stream that hands out a few bytes per read, as a network body does.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
