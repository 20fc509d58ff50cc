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
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvReadOptions.Default;
        using var reader = CsvTextReader.OpenFile(path, options.Encoding);
        return Read(reader, Path.GetFileName(path), options, reader.Length, () => CsvTextReader.OpenFile(path, options.Encoding));
    }

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
        return Read(reader, sourceName, options, 0, Reopener(stream, sourceName, options.Encoding));
    }

    /// <summary>Reads CSV text from a text reader. The reader is left open.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="sourceName">The name used in messages, such as the file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The matrix and the rejected rows.</returns>
    /// <exception cref="CsvFormatException">The text is empty, has no header, its header is unusable, or a row passes the parser's limit.</exception>
    public static CsvReadResult Read(TextReader reader, string sourceName, CsvReadOptions? options = null)
        => Read(reader, sourceName, options, sizeHint: 0, reopen: null);

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
    private static CsvReadResult Read(TextReader reader, string sourceName, CsvReadOptions? options, long sizeHint, Func<TextReader>? reopen)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        options ??= CsvReadOptions.Default;
        using var rows = new CsvRowSource(reader, sourceName, options.Separator, reopen);
        var header = rows.ReadHeader();

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
