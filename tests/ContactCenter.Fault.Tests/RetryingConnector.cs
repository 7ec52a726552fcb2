using System.Diagnostics;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// A telephony connector as the product expects one to behave: batches in time order, and a
/// batch that was not acknowledged is posted again until it is. Keeps what a test needs to judge
/// the run: events refused, failed attempts, and when the first batch went through after a fault.
/// </summary>
public sealed class RetryingConnector(IEventSink sink)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public HashSet<string> Rejected { get; } = new(StringComparer.Ordinal);

    public int FailedAttempts { get; private set; }

    public List<string> Failures { get; } = [];

    /// <summary>When the first batch posted after <see cref="MarkFault"/> was acknowledged, measured from the mark.</summary>
    public TimeSpan? RecoveredAfter { get; private set; }

    private Stopwatch? sinceFault;

    public void MarkFault() => sinceFault = Stopwatch.StartNew();

    public async Task PostAsync(IEnumerable<FloorEvent[]> batches)
    {
        foreach (var batch in batches)
        {
            await PostOneAsync(batch, during: null);
        }
    }

    /// <summary>Posts a batch and, while it is being applied, does <paramref name="during"/> (a kill, a stop) and marks the fault.</summary>
    public async Task PostOneAsync(FloorEvent[] batch, Func<Task>? during)
    {
        var trying = Stopwatch.StartNew();
        var first = true;
        while (true)
        {
            try
            {
                var posting = sink.IngestAsync(batch).AsTask();
                if (first && during is not null)
                {
                    // Let the batch reach the grains, then strike in the middle of it.
                    await Task.Delay(TimeSpan.FromMilliseconds(15));
                    await during();
                    MarkFault();
                }

                first = false;
                var result = await posting;
                foreach (var refused in result.Rejected)
                {
                    Rejected.Add($"{refused.EventId}: {refused.Reason}");
                }

                if (sinceFault is { } clock && RecoveredAfter is null)
                {
                    RecoveredAfter = clock.Elapsed;
                }

                return;
            }
            catch (Exception e) when (trying.Elapsed < Deadline)
            {
                first = false;
                FailedAttempts++;
                if (Failures.Count < 20)
                {
                    Failures.Add($"{e.GetType().Name}: {e.Message.Split('\n')[0]}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }
}
