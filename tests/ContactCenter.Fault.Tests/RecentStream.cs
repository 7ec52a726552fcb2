using ContactCenter.Contracts.Events;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// A seeded floor's last 40 minutes up to 10 minutes ago (the product runs on the real clock),
/// in batches of 500, and the 15-minute intervals it falls in: what the process-level fault
/// tests post, and what an undisturbed product makes of it.
/// </summary>
public sealed class RecentStream
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    private RecentStream(int seed)
    {
        var start = Wire.Now() - TimeSpan.FromMinutes(50);
        var length = TimeSpan.FromMinutes(40);
        Batches = new SeededFloor(Agents: 60, CallsPerHour: 1200, Seed: seed).Batches(start, length, batchSize: 500);
        Queues = SeededFloor.QueuesIn(Batches);
        (From, To) = (IntervalStart(start), IntervalStart(start + length) + Interval);
    }

    public IReadOnlyList<FloorEvent[]> Batches { get; }

    public IReadOnlyList<string> Queues { get; }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public int Events => Batches.Sum(b => b.Length);

    public static RecentStream Of(int seed) => new(seed);

    /// <summary>Posts the stream to <paramref name="connector"/> and reads every queue's intervals back.</summary>
    public async Task<Dictionary<string, string>> PostAndReadAsync(HttpConnector connector)
    {
        await connector.PostAsync(Batches);
        return await connector.QueueFiguresAsync(Queues, From, To);
    }

    /// <summary>What a product nobody disturbs makes of the stream: the events it refuses and every queue interval.</summary>
    public async Task<(HashSet<string> Rejected, Dictionary<string, string> Figures)> UndisturbedAsync(string? statePath = "memory")
    {
        await using var app = new FloorApp(new FloorAppOptions("undisturbed") { Security = false, Kestrel = true, StatePath = statePath });
        var connector = new HttpConnector(app.BaseAddress);
        var figures = await PostAndReadAsync(connector);
        return (connector.Rejected, figures);
    }

    private static DateTimeOffset IntervalStart(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % Interval.Ticks), TimeSpan.Zero);
}
