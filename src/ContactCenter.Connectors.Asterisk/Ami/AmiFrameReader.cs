using System.Text;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>
/// Reads AMI from a byte stream: first the one-line banner (<c>Asterisk Call Manager/&lt;version&gt;</c>,
/// with no blank line after it), then messages of <c>Key: Value</c> lines each ended by a blank
/// line. TCP keeps no message boundaries, so a frame may come split over any number of reads or
/// several in one; lines may end in <c>\r\n</c> or a bare <c>\n</c>. A line with no colon is kept
/// as a key with an empty value (nothing the client reads looks like that, but dropping it would
/// hide what the peer said). A frame beyond <see cref="MaxFrameBytes"/> fails the connection: a
/// peer that never sends a blank line must not grow memory without end.
/// </summary>
public sealed class AmiFrameReader(Stream stream, int maxFrameBytes = AmiFrameReader.DefaultMaxFrameBytes)
{
    public const int DefaultMaxFrameBytes = 64 * 1024;

    private byte[] buffer = new byte[4096];
    private int start;
    private int end;

    public int MaxFrameBytes { get; } = maxFrameBytes;

    /// <summary>The banner line; fails when the stream ends first or the line is not a banner at all.</summary>
    public async ValueTask<string> ReadBannerAsync(CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(MaxFrameBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new AmiProtocolException("The peer closed the connection before sending the AMI banner.");
        return line;
    }

    /// <summary>The next message, or null when the peer closed the connection between messages.</summary>
    public async ValueTask<AmiMessage?> ReadAsync(CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var frameBytes = 0;
        while (true)
        {
            var line = await ReadLineAsync(MaxFrameBytes - frameBytes, cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return fields.Count == 0
                    ? null
                    : throw new AmiProtocolException($"The peer closed the connection in the middle of a message ({fields.Count} lines read).");
            }

            if (line.Length == 0)
            {
                if (fields.Count == 0)
                {
                    continue; // Stray blank lines between messages carry nothing.
                }

                return new AmiMessage(fields);
            }

            frameBytes += Encoding.UTF8.GetByteCount(line) + 1;
            fields.Add(Field(line));
        }
    }

    private static KeyValuePair<string, string> Field(string line)
    {
        var colon = line.IndexOf(':');
        return colon < 0
            ? KeyValuePair.Create(line.Trim(), string.Empty)
            : KeyValuePair.Create(line[..colon].Trim(), line[(colon + 1)..].TrimStart(' '));
    }

    /// <summary>One line without its ending; null at the end of the stream with nothing pending.</summary>
    private async ValueTask<string?> ReadLineAsync(int allowedBytes, CancellationToken cancellationToken)
    {
        var scanned = 0;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start + scanned, end - start - scanned);
            if (newline >= 0)
            {
                var length = newline - start;
                if (length > allowedBytes)
                {
                    throw TooLarge();
                }

                var textLength = length > 0 && buffer[newline - 1] == '\r' ? length - 1 : length;
                var line = Encoding.UTF8.GetString(buffer, start, textLength);
                start = newline + 1;
                return line;
            }

            scanned = end - start;
            if (scanned > allowedBytes)
            {
                throw TooLarge();
            }

            MakeRoom();
            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return scanned == 0
                    ? null
                    : throw new AmiProtocolException("The peer closed the connection in the middle of a line.");
            }

            end += read;
        }
    }

    /// <summary>Moves pending bytes to the front and grows the buffer when it is full.</summary>
    private void MakeRoom()
    {
        var pending = end - start;
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, pending);
            start = 0;
            end = pending;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
    }

    private AmiProtocolException TooLarge() =>
        new($"An AMI message exceeded {MaxFrameBytes} bytes without its closing blank line; the connection is dropped.");
}
