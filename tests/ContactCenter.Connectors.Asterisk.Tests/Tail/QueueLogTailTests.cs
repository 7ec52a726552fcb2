using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Connectors.Asterisk.QueueLog.Tail;

namespace ContactCenter.Connectors.Asterisk.Tests.Tail;

/// <summary>
/// The tail step by step (one <see cref="QueueLogTail.PollAsync"/> a look at the file), so each
/// case states exactly what the file did between two looks. Every ENTERQUEUE line is one event:
/// "nothing lost" is the count of events, "nothing twice" is no duplicate offered to the floor.
/// </summary>
public sealed class QueueLogTailTests : IDisposable
{
    private readonly QueueLogFolder log = new();
    private readonly RecordingSink sink = new();
    private readonly MemoryCheckpoints checkpoints = new();
    private readonly RecordingLoggerFactory logs = new();

    [Fact]
    public async Task New_lines_reach_the_floor_and_a_half_written_line_waits_for_its_end()
    {
        log.Append(QueueLogFolder.Enter(1), QueueLogFolder.Enter(2), QueueLogFolder.Enter(3));
        var partial = QueueLogFolder.Enter(4);
        log.AppendPartial(partial[..10]);
        var tail = Tail();

        await tail.PollAsync(default);
        Assert.Equal(3, sink.Events.Count);
        Assert.Equal(3, checkpoints.Saved!.Line);

        log.AppendPartial(partial[10..] + "\n");
        await tail.PollAsync(default);

        Assert.Equal(["call-1", "call-2", "call-3", "call-4"], sink.Events.Select(e => e.CallId).Order());
        Assert.Equal((4, 0), (checkpoints.Saved!.Line, sink.Duplicates));
        Assert.Equal(new FileInfo(log.Path).Length, checkpoints.Saved.Offset);
    }

    [Fact]
    public async Task A_restart_resumes_at_the_checkpoint_with_nothing_lost_and_nothing_twice()
    {
        log.Append(QueueLogFolder.Enter(1), QueueLogFolder.Enter(2), QueueLogFolder.Enter(3));
        await Tail().PollAsync(default);

        // Written while no process followed the file.
        log.Append(QueueLogFolder.Enter(4), QueueLogFolder.Enter(5));
        await Tail().PollAsync(default);

        Assert.Equal((5, 0), (sink.Events.Count, sink.Duplicates));
        Assert.Equal(5, checkpoints.Saved!.Line);
    }

    [Fact]
    public async Task A_rotation_is_followed_after_the_old_files_last_lines()
    {
        log.Append(QueueLogFolder.Enter(1), QueueLogFolder.Enter(2));
        var tail = Tail();
        await tail.PollAsync(default);

        log.Append(QueueLogFolder.Enter(3));
        log.Rotate();
        log.Append(QueueLogFolder.Enter(4), QueueLogFolder.Enter(5));
        await tail.PollAsync(default);

        Assert.Equal((5, 0), (sink.Events.Count, sink.Duplicates));
        Assert.Equal((FileIdentity.OfPath(log.Path), 2), (checkpoints.Saved!.File, checkpoints.Saved.Line));
        Assert.Contains(Logged, l => l.Contains("was rotated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rotation_while_no_one_followed_the_file_reads_the_rest_of_the_rotated_copy_first()
    {
        log.Append(QueueLogFolder.Enter(1), QueueLogFolder.Enter(2));
        await Tail().PollAsync(default);

        log.Append(QueueLogFolder.Enter(3));
        log.Rotate("-20261129");
        log.Append(QueueLogFolder.Enter(4), QueueLogFolder.Enter(5));
        await Tail().PollAsync(default);

        Assert.Equal((5, 0), (sink.Events.Count, sink.Duplicates));
        Assert.Equal(2, checkpoints.Saved!.Line);
    }

    [Fact]
    public async Task Lines_Asterisk_writes_to_the_renamed_file_before_it_reopens_the_path_are_read_before_the_new_file()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var tail = Tail(clock: clock, grace: TimeSpan.FromSeconds(2));
        log.Append(QueueLogFolder.Enter(1));
        await tail.PollAsync(default);

        var rotated = log.Rotate();
        log.Append(QueueLogFolder.Enter(4));
        await tail.PollAsync(default);
        // logrotate renamed the file, but Asterisk's logger has not reopened the path yet: it writes on to the old one.
        File.AppendAllText(rotated, QueueLogFolder.Enter(2) + "\n" + QueueLogFolder.Enter(3)[..12]);
        clock.Advance(TimeSpan.FromSeconds(1.5));
        await tail.PollAsync(default);
        Assert.Equal(["call-1", "call-2"], sink.Events.Select(e => e.CallId));

        File.AppendAllText(rotated, QueueLogFolder.Enter(3)[12..] + "\n");
        clock.Advance(TimeSpan.FromSeconds(1.5));
        await tail.PollAsync(default);
        Assert.Equal(3, sink.Events.Count);

        clock.Advance(TimeSpan.FromSeconds(2));
        await tail.PollAsync(default);

        Assert.Equal(["call-1", "call-2", "call-3", "call-4"], sink.Events.Select(e => e.CallId));
        Assert.Equal(0, sink.Duplicates);
    }

    [Fact]
    public async Task A_checkpoint_from_another_machine_whose_mount_numbers_the_device_otherwise_resumes_where_it_was()
    {
        log.Append(QueueLogFolder.Enter(1), QueueLogFolder.Enter(2));
        await Tail().PollAsync(default);
        checkpoints.Saved = checkpoints.Saved! with { File = checkpoints.Saved.File with { Device = 999_999 } };

        log.Append(QueueLogFolder.Enter(3));
        await Tail().PollAsync(default);

        Assert.Equal((3, 0), (sink.Events.Count, sink.Duplicates));
    }

    [Fact]
    public async Task A_new_file_that_was_given_the_checkpoints_inode_is_read_from_its_start()
    {
        log.Append(QueueLogFolder.Enter(1), QueueLogFolder.Enter(2), QueueLogFolder.Enter(3));
        await Tail().PollAsync(default);
        // Same inode, another first line: the file system reused a deleted file's inode.
        checkpoints.Saved = checkpoints.Saved! with { Fingerprint = "0123456789abcdef" };

        log.Append(QueueLogFolder.Enter(4));
        await Tail().PollAsync(default);

        Assert.Equal((4, 3), (sink.Events.Count, sink.Duplicates));
        Assert.Contains(Logged, l => l.Contains("is no longer beside", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_truncated_in_place_is_read_again_from_its_start()
    {
        log.Append(QueueLogFolder.Enter(1), QueueLogFolder.Enter(2), QueueLogFolder.Enter(3));
        var tail = Tail();
        await tail.PollAsync(default);

        log.Truncate();
        log.Append(QueueLogFolder.Enter(4));
        await tail.PollAsync(default);

        Assert.Equal((4, 0), (sink.Events.Count, sink.Duplicates));
        Assert.Equal(1, checkpoints.Saved!.Line);
        Assert.Contains(Logged, l => l.Contains("was truncated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_lines_are_logged_with_their_number_and_reason_and_the_feed_goes_on()
    {
        log.Append(QueueLogFolder.Enter(1), "not a queue_log line", QueueLogFolder.Enter(3));
        log.AppendPartial(new string('x', QueueLogFile.MaxLineBytes + 10) + "\n");
        log.Append(QueueLogFolder.Enter(5));
        var tail = Tail();

        await tail.PollAsync(default);

        Assert.Equal(["call-1", "call-3", "call-5"], sink.Events.Select(e => e.CallId).Order());
        Assert.Equal((5, 3, 2), (tail.LinesRead, tail.Accepted, tail.Refused));
        Assert.Contains(Logged, l => l.Contains("line 2 refused: line: expected at least 5 fields", StringComparison.Ordinal));
        Assert.Contains(Logged, l => l.Contains($"line 4 refused: line: longer than {QueueLogFile.MaxLineBytes} bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_not_there_yet_is_waited_for()
    {
        var tail = Tail();
        await tail.PollAsync(default);
        Assert.Empty(sink.Events);
        Assert.Contains(Logged, l => l.Contains("does not exist yet", StringComparison.Ordinal));

        log.Append(QueueLogFolder.Enter(1));
        await tail.PollAsync(default);

        Assert.Single(sink.Events);
    }

    [Fact]
    public async Task A_process_that_lost_the_tail_stops_instead_of_moving_the_checkpoint()
    {
        log.Append(QueueLogFolder.Enter(1));
        var tail = Tail();
        await tail.PollAsync(default);
        var before = checkpoints.Saved;

        checkpoints.Owned = false;
        log.Append(QueueLogFolder.Enter(2));

        await Assert.ThrowsAsync<QueueLogTailLostException>(() => tail.PollAsync(default));
        Assert.Equal(before, checkpoints.Saved);
    }

    [Fact]
    public async Task Running_it_ends_when_the_checkpoint_is_refused_instead_of_retrying_as_for_an_outage()
    {
        log.Append(QueueLogFolder.Enter(1));
        checkpoints.Owned = false;

        await Assert.ThrowsAsync<QueueLogTailLostException>(() => Tail(TimeSpan.FromMilliseconds(20)).RunAsync(CancellationToken.None));
        Assert.DoesNotContain(Logged, l => l.Contains("trying again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Running_it_follows_the_file_as_written_and_a_floor_that_failed_once_gets_the_lines_again()
    {
        using var stop = new CancellationTokenSource();
        var run = Tail(TimeSpan.FromMilliseconds(20)).RunAsync(stop.Token);
        sink.FailFirstCalls = 1;
        log.Append(QueueLogFolder.Enter(1), QueueLogFolder.Enter(2));
        await Eventually.True(() => sink.Events.Count == 2, "the two lines should reach the floor after one failed attempt");

        log.Append(QueueLogFolder.Enter(3));
        await Eventually.True(() => sink.Events.Count == 3, "a line written later should follow");

        await stop.CancelAsync();
        await run;
        Assert.Equal(0, sink.Duplicates);
        Assert.Contains(Logged, l => l.Contains("trying again from the checkpoint", StringComparison.Ordinal));
    }

    /// <summary>A tail that leaves a rotated file at once (<see cref="QueueLogOptions.RotationGrace"/> is tested on its own).</summary>
    private QueueLogTail Tail(TimeSpan? poll = null, TimeProvider? clock = null, TimeSpan? grace = null) =>
        new(new QueueLogOptions { Path = log.Path, PollInterval = poll ?? TimeSpan.FromMilliseconds(250), RotationGrace = grace ?? TimeSpan.Zero },
            sink, checkpoints, clock ?? TimeProvider.System, logs.CreateLogger<QueueLogTail>());

    private IEnumerable<string> Logged => logs.Lines.Select(l => l.Message);

    public void Dispose() => log.Dispose();
}
