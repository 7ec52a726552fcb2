using ContactCenter.Testing;
using System.Diagnostics;
using System.Text.Json;
using ContactCenter.Bench.Throughput;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Bench.Live;

/// <summary>
/// Background traffic at a set rate through the HTTP API: a seeded floor's events, their time
/// compressed so the floor's own pace matches the rate, re-stamped onto the wall clock (order and
/// gaps kept, so they stay valid), posted every 100 ms by a paced connector: what a live feed
/// gathers in that time, as the AMI connector sends (up to 100 events a post at 1,000 a second).
/// Batches of 500 at 100 events a second would hold five seconds of the floor back and post it at
/// once, and every screen would wait behind that burst.
/// </summary>
public sealed class PacedLoad(HttpClient http, IReadOnlyList<FloorEvent> events, double eventsPerSecond)
{
    /// <summary>The most a post carries (the floor's agents logging in, a rate past 5,000 a second).</summary>
    private const int BatchSize = 500;

    private static readonly TimeSpan PostEvery = TimeSpan.FromMilliseconds(100);

    /// <summary>Posts in flight at most: past this the load waits, and the achieved rate shows the server saturated.</summary>
    private const int MaxInFlight = 16;

    private long accepted;
    private long rejected;

    public long Accepted => Interlocked.Read(ref accepted);

    public long Rejected => Interlocked.Read(ref rejected);

    /// <summary>Posts <paramref name="first"/> as fast as the server takes them, stamped now: the floor's agents logging in before the timed load.</summary>
    public async Task PrimeAsync(IReadOnlyList<FloorEvent> first)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var batch in first.Chunk(BatchSize))
        {
            await PostAsync([.. batch.Select(e => e with { At = now })]);
        }

        // Only the paced load counts towards the rate achieved.
        Interlocked.Exchange(ref accepted, 0);
        Interlocked.Exchange(ref rejected, 0);
    }

    public async Task RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        // The floor's own pace is its event count over its time span; time runs faster by the ratio of the two rates.
        var naturalRate = events.Count / (events[^1].At - events[0].At).TotalSeconds;
        var compression = Math.Max(1, eventsPerSecond / naturalRate);
        var first = events[0].At;
        var wallStart = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var perPost = (int)Math.Clamp(eventsPerSecond * PostEvery.TotalSeconds, 1, BatchSize);
        var interval = TimeSpan.FromSeconds(perPost / eventsPerSecond);
        var next = 0;
        var sent = TimeSpan.Zero;
        var pending = new List<Task>();
        while (watch.Elapsed < duration && next < events.Count && !cancellationToken.IsCancellationRequested)
        {
            var count = Math.Min(perPost, events.Count - next);
            var batch = new FloorEvent[count];
            for (var i = 0; i < count; i++)
            {
                var e = events[next + i];
                batch[i] = e with { At = wallStart + ((e.At - first) / compression) };
            }

            next += count;
            pending.RemoveAll(t => t.IsCompleted);
            if (pending.Count >= MaxInFlight)
            {
                await Task.WhenAny(pending);
                pending.RemoveAll(t => t.IsCompleted);
            }

            pending.Add(PostAsync(batch));
            sent += interval;
            if (sent > watch.Elapsed)
            {
                await Task.Delay(sent - watch.Elapsed, cancellationToken);
            }
        }

        await Task.WhenAll(pending);
        Elapsed = watch.Elapsed;
    }

    public TimeSpan Elapsed { get; private set; }

    private async Task PostAsync(FloorEvent[] batch)
    {
        using var content = EventWire.Content(EventWire.Batch(batch));
        using var response = await http.PostAsync("/api/events", content);
        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Add(ref rejected, batch.Length);
            return;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        Interlocked.Add(ref accepted, json.RootElement.GetProperty("accepted").GetInt32());
        Interlocked.Add(ref rejected, json.RootElement.GetProperty("rejected").GetArrayLength());
    }
}
