using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>
/// queue_log lines on their way to the floor, as a post, a tail and a replay all apply them:
/// mapped, gathered into batches, each event remembering its line so a refusal names it. Counts
/// what it did; the first <see cref="RejectionsListed"/> refused lines are kept for the answer.
/// </summary>
public sealed class QueueLogBatches(IEventSink sink, QueueLogAgents agents, DateTimeOffset latest, int batchSize = QueueLogBatches.DefaultBatchSize)
{
    public const int DefaultBatchSize = 500;
    public const int RejectionsListed = 1000;

    private readonly List<FloorEvent> batch = new(batchSize);
    private readonly List<int> batchLines = new(batchSize);

    public int Lines { get; private set; }

    public int Accepted { get; private set; }

    public int Duplicates { get; private set; }

    public int Skipped { get; private set; }

    public int RejectedCount { get; private set; }

    public List<QueueLogRejection> Rejected { get; } = [];

    /// <summary>Events waiting for <see cref="FlushAsync"/>.</summary>
    public int Pending => batch.Count;

    /// <summary>Takes one parsed line; a full batch is applied before this returns.</summary>
    public async Task TakeAsync(QueueLogEntry? entry, QueueLogProblem? problem, CancellationToken cancellation)
    {
        Lines++;
        if (problem is not null || entry is null)
        {
            Reject(problem!.Line, problem.Field, problem.Reason);
            return;
        }

        if (entry.At > latest)
        {
            Reject(entry.Line, "epoch", $"the time is more than {EventClock.MaxAhead.TotalMinutes:0} minutes ahead of the floor's clock");
            return;
        }

        var mapped = QueueLogEvents.Map(entry, agents);
        if (mapped.Problem is { } refused)
        {
            Reject(refused.Line, refused.Field, refused.Reason);
            return;
        }

        if (mapped.Skipped)
        {
            Skipped++;
            return;
        }

        foreach (var e in mapped.Events)
        {
            batch.Add(e);
            batchLines.Add(entry.Line);
        }

        if (batch.Count >= batchSize)
        {
            await FlushAsync(cancellation);
        }
    }

    /// <summary>Applies what is gathered; when it returns, the floor has acknowledged every line taken.</summary>
    public async Task FlushAsync(CancellationToken cancellation)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var applied = await sink.IngestAsync([.. batch], cancellation);
        Accepted += applied.Accepted;
        Duplicates += applied.Duplicates;
        foreach (var refusal in applied.Rejected)
        {
            Reject(batchLines[refusal.Index], refusal.Field, refusal.Detail ?? refusal.Reason);
        }

        batch.Clear();
        batchLines.Clear();
    }

    private void Reject(int line, string field, string reason)
    {
        RejectedCount++;
        if (Rejected.Count < RejectionsListed)
        {
            Rejected.Add(new QueueLogRejection(line, field, reason));
        }
    }
}
