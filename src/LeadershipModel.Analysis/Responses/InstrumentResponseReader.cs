using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Responses;

/// <summary>Turns rows of answers (a <see cref="ResponseMatrix"/>, a <see cref="CsvReadResult"/> or a CSV file) into <see cref="ResponseSet"/>s for an instrument, keeping each set's source.</summary>
/// <remarks>
/// <para>Item columns are matched to the instrument's item ids (see <see cref="ResponseSetReadOptions"/>); the
/// respondent, target and role come from each row's <see cref="RespondentInfo"/>; a row whose target is its respondent
/// becomes a set without a target (a self-assessment). A missing answer becomes an unanswered item. Whether answers are
/// valid is left to the scoring engine, which reports a bad set as a rejection; <see cref="ResponseSetSource"/> then
/// gives its line.</para>
/// <para>For files too large to hold in memory, <see cref="OpenCsvFile"/> streams the sets row by row.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class InstrumentResponseReader
{
    /// <summary>Makes one response set per matrix row.</summary>
    /// <param name="data">The answers.</param>
    /// <param name="instrument">The instrument answered.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">The source name given to each set, such as a file name.</param>
    /// <returns>The sets with their sources (rows, no lines).</returns>
    /// <exception cref="ArgumentException">An item column is not an item of the instrument (unless ignored), or no column is.</exception>
    public static InstrumentResponses FromMatrix(ResponseMatrix data, Instrument instrument, ResponseSetReadOptions? options = null, string sourceName = "matrix")
    {
        ArgumentNullException.ThrowIfNull(data);
        return Convert(data, instrument, options, sourceName, default, []);
    }

    /// <summary>Makes one response set per accepted row of a CSV read, keeping the CSV line of each and the rows the read rejected.</summary>
    /// <param name="read">What <see cref="ResponseMatrixCsvReader"/> read.</param>
    /// <param name="instrument">The instrument answered.</param>
    /// <param name="sourceName">The source name, such as the file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The sets with their sources, and the rejected rows.</returns>
    /// <exception cref="ArgumentException">An item column is not an item of the instrument (unless ignored), or no column is.</exception>
    public static InstrumentResponses FromCsv(CsvReadResult read, Instrument instrument, string sourceName, ResponseSetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Convert(read.Matrix, instrument, options, sourceName, read.AcceptedLines, read.Rejections);
    }

    /// <summary>Reads a whole CSV file into response sets (see <see cref="OpenCsvFile"/> to stream a large one).</summary>
    /// <param name="path">The file path; sources name the file by its file name.</param>
    /// <param name="instrument">The instrument answered.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The sets with their sources, and the rejected rows.</returns>
    /// <exception cref="CsvFormatException">The file is unusable, or an item column is not an item of the instrument (unless ignored).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static InstrumentResponses ReadCsvFile(string path, Instrument instrument, ResponseSetReadOptions? options = null)
    {
        // The whole file is held in memory anyway, so every rejection is kept.
        using var reader = OpenCsvFile(path, instrument, (options ?? ResponseSetReadOptions.Default) with { MaxRejectionsKept = int.MaxValue });
        var sets = reader.ReadAll().ToList();
        return new InstrumentResponses
        {
            Instrument = instrument,
            Sets = sets.ToEquatableArray(),
            Rejections = reader.Rejections,
            Skipped = (int)reader.RowsSkipped,
            MissingItemIds = reader.MissingItemIds,
            IgnoredColumns = reader.IgnoredColumns,
        };
    }

    /// <summary>Opens a CSV file to stream its rows as response sets in constant memory.</summary>
    /// <param name="path">The file path; sources name the file by its file name.</param>
    /// <param name="instrument">The instrument answered.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="onRejected">Called with every rejected row, or <see langword="null"/>.</param>
    /// <returns>The reader; dispose it.</returns>
    /// <exception cref="CsvFormatException">The file is unusable, or an item column is not an item of the instrument (unless ignored).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ResponseSetCsvReader OpenCsvFile(string path, Instrument instrument, ResponseSetReadOptions? options = null, Action<CsvRejectedRecord>? onRejected = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var encoding = (options ?? ResponseSetReadOptions.Default).Csv.Encoding;
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return ResponseSetCsvReader.FromStream(stream, ownsStream: true, Path.GetFileName(path), instrument, options, onRejected, () => CsvTextReader.OpenFile(path, encoding));
    }

    /// <summary>
    /// Opens a stream of CSV bytes (UTF-8 with or without a byte order mark, or <see cref="CsvReadOptions.Encoding"/>;
    /// invalid bytes are an error, never replaced) to stream its rows as response sets in constant memory. The stream is
    /// left open.
    /// </summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="sourceName">The name used in sources and messages, such as the file name.</param>
    /// <param name="instrument">The instrument answered.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="onRejected">Called with every rejected row, or <see langword="null"/>.</param>
    /// <returns>The reader; dispose it.</returns>
    /// <exception cref="CsvFormatException">The text is unusable, its bytes are not valid in its encoding, or an item column is not an item of the instrument (unless ignored).</exception>
    public static ResponseSetCsvReader OpenCsvStream(Stream stream, string sourceName, Instrument instrument, ResponseSetReadOptions? options = null, Action<CsvRejectedRecord>? onRejected = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var encoding = (options ?? ResponseSetReadOptions.Default).Csv.Encoding;
        return ResponseSetCsvReader.FromStream(stream, ownsStream: false, sourceName, instrument, options, onRejected, ResponseMatrixCsvReader.Reopener(stream, sourceName, encoding));
    }

    /// <summary>Opens CSV text to stream its rows as response sets in constant memory. The text reader is left open.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in sources and messages, such as the file name.</param>
    /// <param name="instrument">The instrument answered.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="onRejected">Called with every rejected row, or <see langword="null"/>.</param>
    /// <returns>The reader; dispose it.</returns>
    /// <exception cref="CsvFormatException">The text is unusable, or an item column is not an item of the instrument (unless ignored).</exception>
    public static ResponseSetCsvReader OpenCsv(TextReader reader, string sourceName, Instrument instrument, ResponseSetReadOptions? options = null, Action<CsvRejectedRecord>? onRejected = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ResponseSetCsvReader(reader, ownsReader: false, sourceName, instrument, options, onRejected);
    }

    private static InstrumentResponses Convert(ResponseMatrix data, Instrument instrument, ResponseSetReadOptions? options, string sourceName, EquatableArray<int> lines, EquatableArray<CsvRejectedRecord> rejections)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        options ??= ResponseSetReadOptions.Default;
        var map = ItemColumnMap.Create(data.ItemIds, instrument);
        if (map.Unknown.Length > 0 && !options.IgnoreUnknownItemColumns)
        {
            throw new ArgumentException(sourceName + ": " + map.UnknownMessage(), nameof(data));
        }

        if (map.Count == 0 && data.ItemCount > 0)
        {
            throw new ArgumentException($"{sourceName}: no column is an item of instrument '{instrument.Id}'.", nameof(data));
        }

        var hasLines = lines.Count == data.RespondentCount && data.RespondentCount > 0;
        var row = new double[data.ItemCount];
        var sets = new SourcedResponseSet[data.RespondentCount];
        for (var r = 0; r < sets.Length; r++)
        {
            var info = data.Respondents[r];
            data.CopyRow(r, row);
            sets[r] = new SourcedResponseSet
            {
                ResponseSet = map.CreateSet(info.RespondentId, info.TargetId, info.Role, row),
                Source = new ResponseSetSource { SourceName = sourceName, Line = hasLines ? lines[r] : null, Row = r, Index = r },
            };
        }

        return new InstrumentResponses
        {
            Instrument = instrument,
            Sets = sets.ToEquatableArray(),
            Rejections = rejections,
            MissingItemIds = map.Missing.ToEquatableArray(),
            IgnoredColumns = options.IgnoreUnknownItemColumns ? map.Unknown.ToEquatableArray() : default,
        };
    }
}
