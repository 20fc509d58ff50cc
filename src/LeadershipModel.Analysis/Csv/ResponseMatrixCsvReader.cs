using System.Globalization;
using System.Text;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Csv;

/// <summary>Reads a wide CSV file of answers (one row per respondent or rating, one column per item) into a <see cref="ResponseMatrix"/>.</summary>
/// <remarks>
/// <para>The file is streamed. It needs a header row; the separator is <c>,</c> or <c>;</c> (detected), fields may be
/// quoted, text is UTF-8 with or without a byte order mark (or <see cref="CsvReadOptions.Encoding"/>), and numbers are
/// written in the invariant culture. An empty field or <c>NA</c> is a missing answer. Blank lines and lines starting
/// with <c>#</c> are skipped and counted (<see cref="CsvReadResult.Skipped"/>). A bad data row is rejected with its line
/// and reason and the rest are read: a row that is too long (<see cref="CsvReadOptions.MaxRowLength"/>,
/// <see cref="CsvReadOptions.MaxFieldLength"/>) or holds a quote that is never closed is named as such. An empty file, a
/// missing header, duplicate column names, bytes that are not valid in the encoding (with their byte offset; nothing is
/// replaced) or a row past the parser's limit of 16 MiB characters throw <see cref="CsvFormatException"/>.</para>
/// <para><see cref="ReadFile(string, CsvReadOptions?)"/> reads a UTF-8 file of at least 1 MiB whose columns are items and
/// at most a respondent id, and whose data rows are all simple (an id of printable ASCII, answers of one digit or
/// empty), from its bytes on every core straight into compact storage; the result is the same as the checked path's,
/// bit for bit. Any other file, or any other row, is read by the checked path with its messages.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ResponseMatrixCsvReader
{
    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file path; messages name the file by its file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The matrix and the rejected rows.</returns>
    /// <exception cref="CsvFormatException">The file is empty, has no header, its header is unusable, a row passes the parser's limit, or its bytes are not valid in its encoding.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CsvReadResult ReadFile(string path, CsvReadOptions? options = null)
        => ReadFile(path, options, Environment.ProcessorCount, FastMinBytes);

    /// <summary>Files shorter than this are read by the checked path only: for them start-up, not the read, is the cost.</summary>
    internal const long FastMinBytes = 1 << 20;

    /// <summary>Reads a CSV file; <paramref name="fastThreads"/> threads read it by the fast path when it allows (0: the checked path only).</summary>
    internal static CsvReadResult ReadFile(string path, CsvReadOptions? options, int fastThreads, long fastMinBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvReadOptions.Default;
        using var reader = CsvTextReader.OpenFile(path, options.Encoding);
        var fast = fastThreads > 0 && reader.Length >= fastMinBytes && (options.Encoding is null || options.Encoding.CodePage == Encoding.UTF8.CodePage)
            ? new FastRead(path, fastThreads)
            : null;
        return Read(reader, Path.GetFileName(path), options, reader.Length, () => CsvTextReader.OpenFile(path, options.Encoding), fast);
    }

    /// <summary>A file the fast path may read, and with how many threads.</summary>
    private sealed record FastRead(string Path, int Threads);

    /// <summary>Reads CSV text from a stream: UTF-8 with or without a byte order mark, or <see cref="CsvReadOptions.Encoding"/>. The stream is left open.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="sourceName">The name used in messages, such as the file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The matrix and the rejected rows.</returns>
    /// <exception cref="CsvFormatException">The text is empty, has no header, its header is unusable, a row passes the parser's limit, or its bytes are not valid in its encoding.</exception>
    public static CsvReadResult ReadStream(Stream stream, string sourceName, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= CsvReadOptions.Default;
        using var reader = new CsvTextReader(stream, sourceName, options.Encoding, leaveOpen: true);
        return Read(reader, sourceName, options, 0, Reopener(stream, sourceName, options.Encoding), fast: null);
    }

    /// <summary>Reads CSV text from a text reader. The reader is left open.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="sourceName">The name used in messages, such as the file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The matrix and the rejected rows.</returns>
    /// <exception cref="CsvFormatException">The text is empty, has no header, its header is unusable, or a row passes the parser's limit.</exception>
    public static CsvReadResult Read(TextReader reader, string sourceName, CsvReadOptions? options = null)
        => Read(reader, sourceName, options, sizeHint: 0, reopen: null, fast: null);

    /// <summary>Returns a way to read a seekable stream again from where it is now (to find an unclosed quote after a failure), or <see langword="null"/>.</summary>
    internal static Func<TextReader>? Reopener(Stream stream, string sourceName, Encoding? encoding)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        var start = stream.Position;
        return () =>
        {
            stream.Position = start;
            return new CsvTextReader(stream, sourceName, encoding, leaveOpen: true);
        };
    }

    /// <summary>Reads CSV text; <paramref name="sizeHint"/> (the file's length in bytes, or 0) sizes compact storage up front.</summary>
    private static CsvReadResult Read(TextReader reader, string sourceName, CsvReadOptions? options, long sizeHint, Func<TextReader>? reopen, FastRead? fast)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        options ??= CsvReadOptions.Default;
        using var rows = new CsvRowSource(reader, sourceName, options.Separator, reopen);
        var header = rows.ReadHeader();
        var headerOnLineOne = rows.SkippedBeforeHeader == 0 && !rows.Current.Span.Contains('"');

        // Rows examined to tell items from grouping columns; then read with the rest.
        var buffered = new List<CsvRowBuffer>();
        var detect = options.ItemColumns is null;
        var current = new CsvRowBuffer();
        while (detect && buffered.Count < options.DetectionRows && rows.MoveNext())
        {
            current.Load(rows.Current, rows.Current.LineNumberFrom);
            buffered.Add(current.Clone());
        }

        var layout = CsvLayoutReader.Decide(header, buffered, options, sourceName);
        if (fast is not null && headerOnLineOne && CsvFastReader.Fits(layout) && HeaderEnd(fast.Path) is > 0 and var dataOffset
            && CsvFastReader.TryRead(fast.Path, dataOffset, 2, layout, rows.Separator, fast.Threads) is { } read)
        {
            return read;
        }

        var session = new CsvSession(layout, sourceName);
        session.Skip(rows.SkippedBeforeHeader);

        // Every field takes at least two characters (a digit or more, and a separator) but rows with empty fields may
        // take fewer, so this guess may fall short, never far over: storage then grows as before.
        session.ReserveRows(sizeHint / Math.Max(1, 2 * header.Length));
        foreach (var row in buffered)
        {
            session.Add(row);
        }

        while (rows.MoveNext())
        {
            if (!session.TryAddSimple(rows.Current))
            {
                current.Load(rows.Current, rows.Current.LineNumberFrom);
                session.Add(current);
            }
        }

        return session.Finish();
    }

    /// <summary>The byte offset just past the line break that ends a header without quotes, or -1 when there is none in the first 64 KiB or a carriage return stands alone before it.</summary>
    private static long HeaderEnd(string path)
    {
        using var file = File.OpenHandle(path);
        var buffer = new byte[1 << 16];
        var n = RandomAccess.Read(file, buffer, 0);
        var line = buffer.AsSpan(0, Math.Max(0, n));
        var nl = line.IndexOf((byte)'\n');
        if (nl < 0)
        {
            return -1;
        }

        var cr = line[..nl].IndexOf((byte)'\r');
        return cr < 0 || cr == nl - 1 ? nl + 1 : -1;
    }

    /// <summary>Tells whether a field is a missing value: empty, white space, or <c>NA</c>.</summary>
    internal static bool IsMissing(ReadOnlySpan<char> field)
    {
        var t = field.Trim();
        return t.Length == 0 || t.SequenceEqual("NA");
    }

    /// <summary>Parses a number in the invariant culture; NaN and infinities are not numbers here.</summary>
    internal static bool TryParseNumber(ReadOnlySpan<char> field, out double value)
        => double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
