namespace LeadershipModel.Analysis.Csv;

/// <summary>
/// Hands out the lines of CSV bytes from large blocks of a stream, one at a time, for a reader that parses simple lines
/// itself; at a line it cannot read, <see cref="Rest"/> gives that line's bytes onward for the checked path.
/// </summary>
/// <remarks>Memory is one block (or the bytes given up front, when more). Not thread-safe.</remarks>
internal sealed class CsvByteLines
{
    /// <summary>The bytes read from the stream at once.</summary>
    public const int BlockSize = 1 << 20;

    /// <summary>The longest line handed out; a longer one is left to the checked path.</summary>
    public const int MaxLine = BlockSize / 2;

    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private long _offset;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;

    /// <param name="stream">The rest of the bytes, after <paramref name="first"/>.</param>
    /// <param name="first">Bytes already read, starting at a line's start.</param>
    /// <param name="offset">The byte offset of <paramref name="first"/> in the whole text.</param>
    /// <param name="line">The 1-based line that <paramref name="first"/> starts.</param>
    public CsvByteLines(Stream stream, ReadOnlySpan<byte> first, long offset, int line)
    {
        _stream = stream;
        _buffer = new byte[Math.Max(BlockSize, first.Length)];
        first.CopyTo(_buffer);
        _end = first.Length;
        _offset = offset;
        Line = line;
    }

    /// <summary>Gets the 1-based line of the next line.</summary>
    public int Line { get; private set; }

    /// <summary>Gets the byte offset of the next line in the whole text.</summary>
    public long Offset => _offset + _start;

    /// <summary>Gets a value indicating whether every byte has been handed out.</summary>
    public bool AtEnd => _start == _end && _eof;

    /// <summary>Finds the next line without taking it.</summary>
    /// <param name="line">The line's bytes, without its <c>\n</c> (a <c>\r</c> before it is kept).</param>
    /// <param name="length">The bytes to <see cref="Take"/>, the <c>\n</c> included.</param>
    /// <returns><see langword="false"/> at the end of the bytes (<see cref="AtEnd"/>) or when the line is longer than <see cref="MaxLine"/>.</returns>
    public bool TryPeek(out ReadOnlySpan<byte> line, out int length)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var end = _scanned + newline;
                if (end - _start > MaxLine)
                {
                    break;
                }

                line = _buffer.AsSpan(_start, end - _start);
                length = end + 1 - _start;
                return true;
            }

            _scanned = _end;
            if (_eof)
            {
                // The last line has no line break.
                if (_start == _end || _end - _start > MaxLine)
                {
                    break;
                }

                line = _buffer.AsSpan(_start, _end - _start);
                length = line.Length;
                return true;
            }

            if (_end - _start > MaxLine)
            {
                break;
            }

            Fill();
        }

        line = default;
        length = 0;
        return false;
    }

    /// <summary>Takes the line found by <see cref="TryPeek"/>.</summary>
    public void Take(int length)
    {
        _start += length;
        _scanned = _start;
        Line++;
    }

    /// <summary>Returns the bytes not taken (from the next line's start), then the rest of the stream; this reader is done.</summary>
    public Stream Rest() => new PrefixedStream(_buffer.AsSpan(_start, _end - _start).ToArray(), _stream);

    /// <summary>Moves the unread bytes to the buffer's start and reads the stream until the buffer is full or the stream ends.</summary>
    private void Fill()
    {
        var kept = _end - _start;
        _buffer.AsSpan(_start, kept).CopyTo(_buffer);
        _offset += _start;
        _scanned -= _start;
        _start = 0;
        _end = kept;
        while (_end < _buffer.Length)
        {
            var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n <= 0)
            {
                _eof = true;
                return;
            }

            _end += n;
        }
    }

    /// <summary>Bytes already read, then the rest of a stream; read-only and forward-only.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : ReadOnlyForwardStream
    {
        private int _at;

        public override int Read(Span<byte> buffer)
        {
            var n = PrefixedRead.Take<byte>(prefix, ref _at, buffer);
            return n >= 0 ? n : rest.Read(buffer);
        }
    }
}

/// <summary>Reads a stream and keeps a copy of the bytes read until <see cref="Stop"/>, so that they can be read again from any line.</summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class CsvRecordingStream(Stream inner) : ReadOnlyForwardStream
{
    private byte[] _recorded = new byte[1 << 16];
    private int _count;
    private bool _recording = true;

    /// <summary>Gets the bytes read while recording.</summary>
    public ReadOnlySpan<byte> Recorded => _recorded.AsSpan(0, _count);

    /// <summary>Stops keeping the bytes read; those kept so far stay until <see cref="Release"/>.</summary>
    public void Stop() => _recording = false;

    /// <summary>Drops the bytes kept.</summary>
    public void Release()
    {
        _recording = false;
        _recorded = [];
        _count = 0;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (_recording && n > 0)
        {
            if (_count + n > _recorded.Length)
            {
                Array.Resize(ref _recorded, Math.Max(_recorded.Length * 2, _count + n));
            }

            buffer[..n].CopyTo(_recorded.AsSpan(_count));
            _count += n;
        }

        return n;
    }
}

/// <summary>The members of a read-only stream that cannot seek; a subclass reads.</summary>
internal abstract class ReadOnlyForwardStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public abstract override int Read(Span<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
