using System.Text;

namespace LeadershipModel.Analysis.Csv;

/// <summary>
/// Decodes CSV bytes strictly: UTF-8 (a byte order mark is skipped) unless another encoding is named. Bytes that are
/// not valid in the encoding, a NUL character (binary data or UTF-16 read as UTF-8) or a UTF-16 or UTF-32 byte order
/// mark in a UTF-8 read stop the read with a <see cref="CsvFormatException"/> naming the byte offset and line; nothing
/// is replaced silently.
/// </summary>
/// <remarks>Not thread-safe. Decoding is the runtime's (vectorised for UTF-8); the checks add one search per block.</remarks>
internal sealed class CsvTextReader : TextReader
{
    private const int BlockSize = 1 << 16;
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly string _source;
    private readonly Encoding _encoding;
    private readonly Decoder _decoder;
    private readonly bool _utf8;
    private readonly byte[] _bytes = new byte[BlockSize];
    private readonly char[] _chars;
    private int _byteCount;
    private int _bytePos;
    private int _charCount;
    private int _charPos;
    private long _offset;
    private long _lines = 1;
    private bool _started;
    private bool _eof;

    public CsvTextReader(Stream stream, string source, Encoding? encoding, bool leaveOpen)
    {
        _stream = stream;
        _source = source;
        _leaveOpen = leaveOpen;
        _utf8 = encoding is null || encoding.CodePage == Encoding.UTF8.CodePage;
        _encoding = (Encoding)(encoding ?? Encoding.UTF8).Clone();
        _encoding.DecoderFallback = DecoderFallback.ExceptionFallback;
        _decoder = _encoding.GetDecoder();
        _chars = new char[_encoding.GetMaxCharCount(BlockSize) + 2];
    }

    /// <summary>Continues a read part-way through the text: the stream's first byte is at <paramref name="offset"/> of the whole text, on <paramref name="line"/>; no byte order mark is looked for.</summary>
    public CsvTextReader(Stream stream, string source, Encoding? encoding, bool leaveOpen, long offset, long line)
        : this(stream, source, encoding, leaveOpen)
    {
        _offset = offset;
        _lines = line;
        _started = true;
    }

    /// <summary>Opens a file for strict reading.</summary>
    public static CsvTextReader OpenFile(string path, Encoding? encoding)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return new CsvTextReader(stream, Path.GetFileName(path), encoding, leaveOpen: false);
    }

    /// <summary>Gets the length of the underlying stream in bytes, or 0 when it cannot seek.</summary>
    public long Length => _stream.CanSeek ? _stream.Length : 0;

    public override int Peek() => Fill() ? _chars[_charPos] : -1;

    public override int Read() => Fill() ? _chars[_charPos++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _charCount - _charPos);
        _chars.AsSpan(_charPos, n).CopyTo(buffer);
        _charPos += n;
        return n;
    }

    public override int ReadBlock(Span<char> buffer)
    {
        var total = 0;
        int n;
        while (total < buffer.Length && (n = Read(buffer[total..])) > 0)
        {
            total += n;
        }

        return total;
    }

    public override int ReadBlock(char[] buffer, int index, int count) => ReadBlock(buffer.AsSpan(index, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        while (_charPos == _charCount)
        {
            if (_eof)
            {
                return false;
            }

            Decode();
        }

        return true;
    }

    private void Decode()
    {
        if (_bytePos == _byteCount)
        {
            _offset += _byteCount;
            _byteCount = ReadBytes();
            _bytePos = 0;
            if (!_started)
            {
                _started = true;
                _bytePos = Preamble();
            }
        }

        var flush = _byteCount == 0;
        int used, produced;
        try
        {
            _decoder.Convert(_bytes, _bytePos, _byteCount - _bytePos, _chars, 0, _chars.Length, flush, out used, out produced, out _);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Max(0, _offset + _bytePos + ex.Index);
            var bad = ex.BytesUnknown is { Length: > 0 } b ? string.Join(' ', b.Select(x => $"0x{x:X2}")) : "bytes";
            var hint = _utf8 ? "; the file is not UTF-8 (it may be Windows-1252 or Latin-1: name its encoding)" : "";
            throw Fail(at, _lines + CountLinesBefore(ex.Index), $"{bad} {(ex.BytesUnknown?.Length == 1 ? "is" : "are")} not valid {EncodingName()}{hint}.");
        }

        var chars = _chars.AsSpan(0, produced);
        var nul = chars.IndexOf('\0');
        if (nul >= 0)
        {
            var at = _offset + _bytePos + _encoding.GetByteCount(_chars, 0, nul);
            throw Fail(at, _lines + chars[..nul].Count('\n'), $"a NUL character: the file is binary{(_utf8 ? " or UTF-16 text" : "")}, not {EncodingName()} text.");
        }

        _lines += chars.Count('\n');
        _bytePos += used;
        _charPos = 0;
        _charCount = produced;
        if (flush && produced == 0)
        {
            _eof = true;
        }
    }

    private int ReadBytes()
    {
        var total = 0;
        int n;
        while (total < _bytes.Length && (n = _stream.Read(_bytes, total, _bytes.Length - total)) > 0)
        {
            total += n;
        }

        return total;
    }

    /// <summary>Skips a UTF-8 byte order mark; a UTF-16 or UTF-32 one in a UTF-8 read is an error.</summary>
    private int Preamble()
    {
        var head = _bytes.AsSpan(0, _byteCount);
        if (!_utf8)
        {
            var preamble = _encoding.Preamble;
            return preamble.Length > 0 && head.StartsWith(preamble) ? preamble.Length : 0;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return 3;
        }

        var kind = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]) ? "UTF-32"
            : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? "UTF-16"
            : null;
        return kind is null ? 0
            : throw Fail(0, 1, $"the file starts with a {kind} byte order mark: it is {kind} text, not UTF-8; save it as UTF-8 or name its encoding.");
    }

    private long CountLinesBefore(int index)
    {
        // Lines are counted from the characters decoded so far; the failing block's own newlines come from its bytes.
        var end = Math.Clamp(_bytePos + index, _bytePos, _byteCount);
        return _bytes.AsSpan(_bytePos, end - _bytePos).Count((byte)'\n');
    }

    private string EncodingName() => _utf8 ? "UTF-8" : _encoding.WebName;

    private CsvFormatException Fail(long offset, long line, string reason)
        => new(_source, (int)Math.Min(line, int.MaxValue), null, FormattableString.Invariant($"byte offset {offset}: {reason}"));
}
