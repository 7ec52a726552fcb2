using ContactCenter.Connectors.Asterisk.QueueLog.Tail;

namespace ContactCenter.Connectors.Asterisk.Tests.Tail;

public sealed class FileIdentityTests : IDisposable
{
    private readonly QueueLogFolder log = new();

    [Fact]
    public void A_path_and_its_open_file_are_one_file_until_the_path_is_rotated()
    {
        log.Append(QueueLogFolder.Enter(1));
        using var open = QueueLogFile.Open(log.Path);
        Assert.Equal(FileIdentity.OfPath(log.Path), open.Identity);

        var rotated = log.Rotate();

        Assert.Equal(FileIdentity.OfPath(rotated), open.Identity);
        Assert.NotEqual(FileIdentity.OfPath(log.Path), open.Identity);
        Assert.Null(FileIdentity.OfPath(log.Path + ".missing"));
    }

    [Fact]
    public void A_checkpoint_reads_back_as_written_and_a_damaged_one_is_none()
    {
        var checkpoint = new QueueLogCheckpoint(new FileIdentity(2049, 1_234_567_890_123), 98_765, 432);

        Assert.Equal(checkpoint, QueueLogCheckpoint.Parse(checkpoint.Format()));
        Assert.Null(QueueLogCheckpoint.Parse("2049:12:-1:4"));
        Assert.Null(QueueLogCheckpoint.Parse("garbage"));
        Assert.Null(QueueLogCheckpoint.Parse(null));
    }

    public void Dispose() => log.Dispose();
}
