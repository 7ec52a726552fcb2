using ContactCenter.Contracts.Ingestion;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Connectors.Asterisk.QueueLog.Tail;

/// <summary>
/// Follows the queue_log at <see cref="QueueLogOptions.Path"/> as Asterisk writes it: new lines go
/// to the floor within a poll, and the checkpoint (file, offset, line) is saved only after the floor
/// acknowledged them, so a restart resumes with nothing lost; lines given twice are duplicates by
/// their ids, so nothing is counted twice. A rotation (a new file at the path) is followed after the
/// old file's last lines are read; a truncation in place starts the file again; a bad line is
/// logged with its number and reason and the feed goes on.
/// </summary>
public sealed partial class QueueLogTail(
    QueueLogOptions options,
    IEventSink sink,
    IQueueLogCheckpoints checkpoints,
    TimeProvider clock,
    ILogger<QueueLogTail> logger)
{
    private const int LinesPerRead = QueueLogBatches.DefaultBatchSize;
    private static readonly TimeSpan LongestRetryPause = TimeSpan.FromSeconds(30);

    private readonly string path = System.IO.Path.GetFullPath(options.Path ?? throw new ArgumentException("Connectors:QueueLog:Path is not set", nameof(options)));
    private readonly QueueLogAgents agents = new(options.Agents);
    private QueueLogFile? file;
    private bool waitingLogged;
    private DateTimeOffset? rotationSeen;
    private long rotatedLength;

    /// <summary>Lines taken so far (good, skipped or refused), for the operator and the tests.</summary>
    public long LinesRead { get; private set; }

    public long Accepted { get; private set; }

    public long Refused { get; private set; }

    /// <summary>Follows the file until <paramref name="cancellation"/> (stop, or the tail's ownership lost).</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var failures = 0;
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                try
                {
                    await PollAsync(cancellation);
                    failures = 0;
                    await Task.Delay(options.PollInterval, clock, cancellation);
                }
                catch (Exception e) when (!cancellation.IsCancellationRequested && e is not QueueLogTailLostException)
                {
                    // The floor, the store or the file did not answer: start again from the saved checkpoint.
                    CloseFile();
                    var pause = TimeSpan.FromTicks(Math.Min(LongestRetryPause.Ticks, TimeSpan.FromSeconds(1).Ticks << Math.Min(failures++, 5)));
                    LogRetry(logger, e, path, pause.TotalSeconds);
                    await Task.Delay(pause, clock, cancellation);
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        finally
        {
            CloseFile();
        }
    }

    /// <summary>One look at the file: open it where the checkpoint says, read what is new, follow a rotation.</summary>
    public async Task PollAsync(CancellationToken cancellation)
    {
        if (file is null && !await OpenAsync(cancellation))
        {
            return;
        }

        if (file!.Length < file.Offset)
        {
            LogTruncated(logger, path, file.Offset, file.Length);
            file.Rewind();
        }

        await ReadAsync(final: false, cancellation);
        if (FileIdentity.OfPath(path) is { } current && current != file.Identity && RotationSettled())
        {
            // Rotated, and Asterisk has stopped writing to the old file: its last lines, then the new file from its start.
            await ReadAsync(final: true, cancellation);
            LogRotated(logger, path, file.Name, file.Line);
            CloseFile();
            file = QueueLogFile.Open(path);
            await SaveAsync(cancellation);
            await ReadAsync(final: false, cancellation);
        }
    }

    /// <summary>
    /// Whether the rotated-away file has been quiet for <see cref="QueueLogOptions.RotationGrace"/>:
    /// Asterisk writes on to the renamed file until its logger reopens the path (logrotate's
    /// postrotate), and a line written then must not be lost or taken half.
    /// </summary>
    private bool RotationSettled()
    {
        var now = clock.GetUtcNow();
        if (rotationSeen is null || file!.Length != rotatedLength)
        {
            rotationSeen = now;
            rotatedLength = file!.Length;
        }

        return now - rotationSeen >= options.RotationGrace;
    }

    private async Task<bool> OpenAsync(CancellationToken cancellation)
    {
        var atPath = FileIdentity.OfPath(path);
        if (atPath is null)
        {
            if (!waitingLogged)
            {
                waitingLogged = true;
                LogWaiting(logger, path);
            }

            return false;
        }

        waitingLogged = false;
        var saved = await checkpoints.ReadAsync(cancellation);
        // Never read before: the whole file, so the day so far is on the floor (its lines are idempotent).
        file = QueueLogFile.Open(path);
        if (saved is null)
        {
            LogFollowing(logger, path, file.Line, file.Offset);
            return true;
        }

        if (saved.IsOf(file))
        {
            file.Dispose();
            file = QueueLogFile.Open(path, saved.Offset, saved.Line);
        }
        else if (RotatedCopy(saved) is { } rotated)
        {
            // The file of the checkpoint was rotated while no one followed it: its last lines first.
            file.Dispose();
            file = rotated;
            await ReadAsync(final: true, cancellation);
            LogRotated(logger, path, rotated.Name, file.Line);
            CloseFile();
            file = QueueLogFile.Open(path);
        }
        else if (saved.Offset > 0)
        {
            LogCheckpointFileGone(logger, path, saved.File.ToString(), saved.Line);
        }

        LogFollowing(logger, path, file.Line, file.Offset);
        return true;
    }

    /// <summary>The rotated copy (queue_log.1, queue_log-20261129, ...) that is the file of the checkpoint, opened at it, if it is still there.</summary>
    private QueueLogFile? RotatedCopy(QueueLogCheckpoint saved)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        var name = System.IO.Path.GetFileName(path);
        foreach (var candidate in Directory.EnumerateFiles(folder, name + "*").Where(candidate => candidate != path))
        {
            if (FileIdentity.OfPath(candidate)?.Inode != saved.File.Inode)
            {
                continue;
            }

            var copy = QueueLogFile.Open(candidate);
            if (saved.IsOf(copy))
            {
                copy.Dispose();
                return QueueLogFile.Open(candidate, saved.Offset, saved.Line);
            }

            copy.Dispose();
        }

        return null;
    }

    private async Task ReadAsync(bool final, CancellationToken cancellation)
    {
        while (true)
        {
            var lines = file!.ReadLines(LinesPerRead, final);
            if (lines.Count == 0)
            {
                return;
            }

            var batches = new QueueLogBatches(sink, agents, EventClock.Latest(clock.GetUtcNow()));
            foreach (var (number, text) in lines)
            {
                var (entry, problem) = text is null
                    ? (null, new QueueLogProblem(number, "line", $"longer than {QueueLogFile.MaxLineBytes} bytes"))
                    : QueueLogParser.Parse(text, number);
                if (entry is not null || problem is not null)
                {
                    await batches.TakeAsync(entry, problem, cancellation);
                }
            }

            await batches.FlushAsync(cancellation);
            LinesRead += batches.Lines;
            Accepted += batches.Accepted;
            Refused += batches.RejectedCount;
            foreach (var refused in batches.Rejected)
            {
                LogRefused(logger, path, refused.Line, refused.Field, refused.Reason);
            }

            await SaveAsync(cancellation);
        }
    }

    private async Task SaveAsync(CancellationToken cancellation)
    {
        if (!await checkpoints.SaveAsync(file!.Checkpoint, cancellation))
        {
            throw new QueueLogTailLostException();
        }
    }

    private void CloseFile()
    {
        file?.Dispose();
        file = null;
        rotationSeen = null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "queue_log tail: following {Path} from line {Line} (byte {Offset})")]
    private static partial void LogFollowing(ILogger logger, string path, int line, long offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "queue_log tail: {Path} does not exist yet; waiting for Asterisk to write it")]
    private static partial void LogWaiting(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "queue_log tail: {Path} was rotated; {Previous} read to its end (line {Line}), following the new file")]
    private static partial void LogRotated(ILogger logger, string path, string previous, int line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "queue_log tail: {Path} was truncated ({Length} bytes, checkpoint at {Offset}); reading it again from the start")]
    private static partial void LogTruncated(ILogger logger, string path, long offset, long length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "queue_log tail: the checkpoint's file {File} (after line {Line}) is no longer beside {Path}; lines written to it after the checkpoint cannot be read. Reading the current file from the start")]
    private static partial void LogCheckpointFileGone(ILogger logger, string path, string file, int line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "queue_log tail: {Path} line {Line} refused: {Field}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string path, int line, string field, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "queue_log tail: {Path} could not be brought to the floor; trying again from the checkpoint in {Seconds} s")]
    private static partial void LogRetry(ILogger logger, Exception exception, string path, double seconds);
}

/// <summary>Another process holds the tail now: this one stops rather than read on without moving the checkpoint.</summary>
public sealed class QueueLogTailLostException() : Exception("another process now follows the queue_log; this one stops");
