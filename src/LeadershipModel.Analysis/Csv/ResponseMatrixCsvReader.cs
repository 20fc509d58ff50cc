using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace LeadershipModel.Analysis;

/// <summary>Reads a wide CSV file of answers (one row per respondent or rating, one column per item) into a <see cref="ResponseMatrix"/>.</summary>
/// <remarks>
/// <para>The file is streamed. It needs a header row; the separator is <c>,</c> or <c>;</c> (detected), fields may be
/// quoted, text is UTF-8 with or without a byte order mark, and numbers are written in the invariant culture. An empty
/// field or <c>NA</c> is a missing answer. A bad data row is rejected with its line and reason and the rest are read;
/// an empty file, a missing header or duplicate column names throw <see cref="CsvFormatException"/>.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ResponseMatrixCsvReader
{
    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file path; messages name the file by its file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The matrix and the rejected rows.</returns>
    /// <exception cref="CsvFormatException">The file is empty, has no header, or its header is unusable.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CsvReadResult ReadFile(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path), options, reader.BaseStream.Length);
    }

    /// <summary>Reads CSV text from a stream (UTF-8, with or without a byte order mark). The stream is left open.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="sourceName">The name used in messages, such as the file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The matrix and the rejected rows.</returns>
    /// <exception cref="CsvFormatException">The text is empty, has no header, or its header is unusable.</exception>
    public static CsvReadResult ReadStream(Stream stream, string sourceName, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader, sourceName, options);
    }

    /// <summary>Reads CSV text from a text reader. The reader is left open.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="sourceName">The name used in messages, such as the file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The matrix and the rejected rows.</returns>
    /// <exception cref="CsvFormatException">The text is empty, has no header, or its header is unusable.</exception>
    public static CsvReadResult Read(TextReader reader, string sourceName, CsvReadOptions? options = null)
        => Read(reader, sourceName, options, sizeHint: 0);

    /// <summary>Reads CSV text; <paramref name="sizeHint"/> (the file's length in bytes, or 0) sizes compact storage up front.</summary>
    private static CsvReadResult Read(TextReader reader, string sourceName, CsvReadOptions? options, long sizeHint)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        options ??= CsvReadOptions.Default;
        var separator = options.Separator;
        using var sep = Sep.Reader(o => o with
        {
            Unescape = true,
            HasHeader = false,
            DisableColCountCheck = true,
            Sep = separator is { } s ? new Sep(s) : null,
        }).From(reader);

        var rows = sep.GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new CsvFormatException(sourceName, 0, null, "the file is empty; expected a header row naming the columns.");
        }

        var header = new string[rows.Current.ColCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = rows.Current[i].ToString().Trim();
        }

        header[0] = header[0].TrimStart('\uFEFF').Trim();

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
