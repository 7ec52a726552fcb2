using System.Threading.Channels;
using ContactCenter.Domain.History;
using Microsoft.Extensions.Logging;

namespace ContactCenter.History.Store;

/// <summary>
/// Group commit for the history: every write waiting when the loop comes round is applied to
/// one context and saved in one transaction, so many grains pay for one commit. A write
/// completes only once its transaction has committed; if a batch fails, its writes are tried one
/// by one, so one bad write fails alone.
/// </summary>
public sealed class HistoryWriter : IAsyncDisposable
{
    public const int MaxBatch = 256;

    private readonly Channel<Write> writes = Channel.CreateUnbounded<Write>(new() { SingleReader = true });
    private readonly HistoryDatabase database;
    private readonly ILogger log;
    private readonly Task loop;

    public HistoryWriter(HistoryDatabase database, ILogger<HistoryWriter> log)
    {
        this.database = database;
        this.log = log;
        loop = Task.Run(ServeAsync);
    }

    public Task Submit(Func<HistoryContext, Task> apply)
    {
        var write = new Write(apply, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!writes.Writer.TryWrite(write))
        {
            return Task.FromException(new ObjectDisposedException(nameof(HistoryWriter), "the history writer has stopped"));
        }

        return write.Done.Task;
    }

    private async Task ServeAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await writes.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && writes.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            try
            {
                await database.ReadyAsync();
                await CommitAsync(batch);
                batch.ForEach(w => w.Done.TrySetResult());
            }
            catch (Exception e) when (batch.Count > 1)
            {
                log.LogWarning(e, "A history batch of {Count} writes failed; trying them one by one", batch.Count);
                foreach (var write in batch)
                {
                    await CommitAloneAsync(write);
                }
            }
            catch (Exception e)
            {
                batch[0].Done.TrySetException(Unavailable(e));
            }

            batch.Clear();
        }
    }

    private async Task CommitAloneAsync(Write write)
    {
        try
        {
            await CommitAsync([write]);
            write.Done.TrySetResult();
        }
        catch (Exception e)
        {
            write.Done.TrySetException(Unavailable(e));
        }
    }

    private HistoryUnavailableException Unavailable(Exception e)
    {
        log.LogWarning(e, "A history write failed");
        return new HistoryUnavailableException($"the history store refused a write: {e.GetType().Name}: {e.Message}");
    }

    private async Task CommitAsync(IReadOnlyList<Write> batch)
    {
        await using var context = database.Open();
        // Each upsert looks among the rows already tracked; detecting changes on every look
        // would scan them all, once per write. Once, before saving, is enough.
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var write in batch)
        {
            await write.Apply(context);
        }

        context.ChangeTracker.DetectChanges();
        await context.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        writes.Writer.TryComplete();
        await loop;
    }

    private sealed record Write(Func<HistoryContext, Task> Apply, TaskCompletionSource Done);
}
