using System.Text;
using ContactCenter.Connectors.Asterisk.Ami;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>AMI framing over a byte stream with no message boundaries of its own.</summary>
public sealed class AmiFrameReaderTests
{
    private const string Banner = "Asterisk Call Manager/5.0.1\r\n";

    private static AmiFrameReader Reader(string text, int chunk = int.MaxValue, int maxFrameBytes = AmiFrameReader.DefaultMaxFrameBytes) =>
        new(new ChunkedStream(Encoding.UTF8.GetBytes(text), chunk), maxFrameBytes);

    private static async Task<List<AmiMessage>> ReadAll(AmiFrameReader reader)
    {
        var messages = new List<AmiMessage>();
        while (await reader.ReadAsync(CancellationToken.None) is { } message)
        {
            messages.Add(message);
        }

        return messages;
    }

    [Fact]
    public async Task A_frame_delivered_byte_by_byte_is_read_whole_after_the_banner()
    {
        var reader = Reader(Banner + "Response: Success\r\nActionID: 1\r\nMessage: Authentication accepted\r\n\r\n", chunk: 1);

        Assert.Equal("Asterisk Call Manager/5.0.1", await reader.ReadBannerAsync(CancellationToken.None));
        var message = Assert.Single(await ReadAll(reader));
        Assert.Equal(("Success", "1", "Authentication accepted"), (message.Name, message.ActionId, message["message"]));
        Assert.True(message.IsResponse);
    }

    [Fact]
    public async Task Several_frames_in_one_read_come_out_one_by_one_in_order()
    {
        var reader = Reader(Banner + "Event: A\r\nX: 1\r\n\r\nEvent: B\r\n\r\nEvent: C\r\nX: 3\r\n\r\n");
        await reader.ReadBannerAsync(CancellationToken.None);

        Assert.Equal(["A", "B", "C"], (await ReadAll(reader)).Select(m => m.Name));
    }

    [Fact]
    public async Task Bare_newline_line_ends_are_read_as_well()
    {
        var reader = Reader("Asterisk Call Manager/2.10.4\nEvent: Hangup\nUniqueid: 1.1\n\nEvent: Hold\n\n", chunk: 3);

        Assert.Equal("Asterisk Call Manager/2.10.4", await reader.ReadBannerAsync(CancellationToken.None));
        var messages = await ReadAll(reader);
        Assert.Equal(["Hangup", "Hold"], messages.Select(m => m.Name));
        Assert.Equal("1.1", messages[0]["Uniqueid"]);
    }

    [Fact]
    public async Task A_line_without_a_colon_is_kept_as_a_key_with_no_value_and_repeated_keys_keep_every_value()
    {
        var reader = Reader(Banner + "Event: Newchannel\r\nodd line\r\nChanVariable: a=1\r\nChanVariable: b=2\r\n\r\n");
        await reader.ReadBannerAsync(CancellationToken.None);

        var message = Assert.Single(await ReadAll(reader));
        Assert.Equal(string.Empty, message["odd line"]);
        Assert.Equal(["a=1", "b=2"], message.Values("chanvariable"));
    }

    [Fact]
    public async Task A_frame_beyond_the_cap_fails_the_connection_clearly()
    {
        var reader = Reader(Banner + "Event: Big\r\n" + string.Concat(Enumerable.Repeat("Field: " + new string('x', 100) + "\r\n", 20)) + "\r\n", chunk: 64, maxFrameBytes: 1024);
        await reader.ReadBannerAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<AmiProtocolException>(() => reader.ReadAsync(CancellationToken.None).AsTask());
        Assert.Contains("1024 bytes", error.Message);
    }

    [Fact]
    public async Task A_stream_cut_in_the_middle_of_a_frame_is_an_error_and_between_frames_is_the_end()
    {
        var cut = Reader(Banner + "Event: A\r\nX: 1\r\n");
        await cut.ReadBannerAsync(CancellationToken.None);
        await Assert.ThrowsAsync<AmiProtocolException>(() => cut.ReadAsync(CancellationToken.None).AsTask());

        var ended = Reader(Banner + "Event: A\r\n\r\n");
        await ended.ReadBannerAsync(CancellationToken.None);
        Assert.Single(await ReadAll(ended));
    }
}
