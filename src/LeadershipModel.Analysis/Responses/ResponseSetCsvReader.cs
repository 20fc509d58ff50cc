using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Instruments;
using nietras.SeparatedValues;

namespace LeadershipModel.Analysis.Responses;

/// <summary>
/// Streams the rows of a wide CSV file as <see cref="ResponseSet"/>s for an instrument, one row at a time in constant
/// memory, with each set's source; open one with <see cref="InstrumentResponseReader.OpenCsvFile"/>.
/// </summary>
/// <remarks>
/// <para>The file is read as <see cref="ResponseMatrixCsvReader"/> reads it (header, separator, quoting, missing values,
/// respondent, target and role columns). The header is checked when the reader is opened: item columns are the
/// columns named by the instrument's item ids; a column detected as an item (mostly numbers in the first rows) that is
/// not an item of the instrument is a <see cref="CsvFormatException"/> naming every such column, unless ignored.
/// A column named by an open question of the instrument holds comments: each non-empty cell (trimmed) becomes that
/// set's comment to the question (<see cref="ResponseSet.Comments"/>), never an item.</para>
/// <para>A bad row is rejected with its line and reason (kept in <see cref="Rejections"/> up to
/// <see cref="ResponseSetReadOptions.MaxRejectionsKept"/>, always counted, and passed to the callback), and the rest are
/// read. Blank lines and lines starting with <c>#</c> are not rows: they are skipped and counted in
/// <see cref="RowsSkipped"/>. When enumeration ends, <see cref="RowsRead"/> = <see cref="SetsRead"/> + <see cref="RowsRejected"/>.</para>
/// <para>Opened on a UTF-8 file or stream, the reader takes rows after the header straight from blocks of bytes while
/// they are simple (one line of printable ASCII, no quote, one-digit or empty answers); from the first row that is not,
/// the rest is parsed as CSV text, with the same sets, lines, messages and byte offsets either way. Memory stays
/// constant.</para>
/// <para>This type is not thread-safe, and its rows can be enumerated only once.</para>
/// </remarks>
public sealed class ResponseSetCsvReader : IDisposable
{
    private readonly TextReader _text;
    private readonly bool _ownsReader;
    private readonly Stream? _input;
    private readonly bool _ownsInput;
    private readonly CsvRecordingStream? _recorder;
    private readonly Func<TextReader>? _reopen;
    private CsvRowSource _sep;
    private bool _sepClosed;
    private CsvByteLines? _lines;
    private TextReader? _restText;
    private readonly string _source;
    private readonly ResponseSetReadOptions _options;
    private readonly Action<CsvRejectedRecord>? _onRejected;
    private readonly List<CsvRowBuffer> _buffered = [];
    private readonly CsvLayout _layout;
    private readonly ItemColumnMap _map;
    private readonly (int Column, string QuestionId)[] _comments;
    private readonly List<CsvRejectedRecord> _rejections = [];
    private readonly char[]?[] _idChars = new char[]?[3];
    private byte _separatorByte;
    private int[] _answerOfColumn = [];
    private int[] _runOfColumn = [];
    private int[] _fieldStarts = [];
    private int[] _fieldEnds = [];
    private bool _started;
    private string? _note;
    private bool _disposed;

    internal ResponseSetCsvReader(TextReader reader, bool ownsReader, string sourceName, Instrument instrument, ResponseSetReadOptions? options, Action<CsvRejectedRecord>? onRejected, Func<TextReader>? reopen = null)
        : this(reader, ownsReader, input: null, ownsInput: false, recorder: null, sourceName, instrument, options, onRejected, reopen)
    {
    }

    private ResponseSetCsvReader(TextReader reader, bool ownsReader, Stream? input, bool ownsInput, CsvRecordingStream? recorder, string sourceName, Instrument instrument, ResponseSetReadOptions? options, Action<CsvRejectedRecord>? onRejected, Func<TextReader>? reopen)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentNullException.ThrowIfNull(instrument);
        _text = reader;
        _ownsReader = ownsReader;
        _input = input;
        _ownsInput = ownsInput;
        _recorder = recorder;
        _reopen = reopen;
        _source = sourceName;
        _options = options ?? ResponseSetReadOptions.Default;
        _onRejected = onRejected;
        Instrument = instrument;
        var csv = _options.Csv;
        _sep = new CsvRowSource(reader, sourceName, csv.Separator, reopen);
        try
        {
            (_layout, _map, var ignored, _comments) = ReadHeader(instrument, csv);
            IgnoredColumns = ignored.ToEquatableArray();
        }
        catch
        {
            _sep.Dispose();
            throw;
        }
        finally
        {
            // The bytes of the header and the detection rows are kept for the byte path; no more.
            recorder?.Stop();
        }

        MissingItemIds = _map.Missing.ToEquatableArray();
    }

    /// <summary>
    /// Opens a stream of CSV bytes. With UTF-8 (the default) the bytes read for the header are kept, so that the rows
    /// after it can be read from the bytes (<see cref="ByteRows"/>).
    /// </summary>
    internal static ResponseSetCsvReader FromStream(Stream stream, bool ownsStream, string sourceName, Instrument instrument, ResponseSetReadOptions? options, Action<CsvRejectedRecord>? onRejected, Func<TextReader>? reopen)
    {
        var encoding = (options ?? ResponseSetReadOptions.Default).Csv.Encoding;
        var recorder = encoding is null || encoding.CodePage == Encoding.UTF8.CodePage ? new CsvRecordingStream(stream) : null;
        var reader = new CsvTextReader((Stream?)recorder ?? stream, sourceName, encoding, leaveOpen: true);
        try
        {
            return new ResponseSetCsvReader(reader, ownsReader: true, stream, ownsStream, recorder, sourceName, instrument, options, onRejected, reopen);
        }
        catch
        {
            reader.Dispose();
            if (ownsStream)
            {
                stream.Dispose();
            }

            throw;
        }
    }

    /// <summary>Gets or sets a value indicating whether simple rows take the fast path (<see cref="TryReadSimple"/>); tests turn it off to compare both paths.</summary>
    internal bool SimpleRows { get; set; } = true;

    /// <summary>Gets the number of rows read by the fast path so far, from the parser's fields or from the bytes (for tests).</summary>
    internal long SimpleRowsRead { get; private set; }

    /// <summary>
    /// Gets or sets a value indicating whether, when the reader was opened on a UTF-8 stream, simple rows after the header
    /// are read from the bytes (<see cref="TryReadLine"/>) until the first row that is not simple; tests turn it off
    /// to compare the paths. It applies only with <see cref="SimpleRows"/>.
    /// </summary>
    internal bool ByteRows { get; set; } = true;

    /// <summary>Gets the number of rows read from the bytes so far (for tests).</summary>
    internal long ByteRowsRead { get; private set; }

    /// <summary>Gets the number of records the parser gave after the header and the detection rows (for tests).</summary>
    internal long ParsedRecords { get; private set; }

    /// <summary>Gets the instrument answered.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the item ids of the instrument that have no column: unanswered in every set.</summary>
    public EquatableArray<string> MissingItemIds { get; }

    /// <summary>Gets the item columns left out because they are not items of the instrument (empty unless they are ignored).</summary>
    public EquatableArray<string> IgnoredColumns { get; }

    /// <summary>Gets the number of data rows read so far (the header not included).</summary>
    public long RowsRead { get; private set; }

    /// <summary>Gets the number of response sets yielded so far.</summary>
    public long SetsRead { get; private set; }

    /// <summary>Gets the number of blank lines and comment lines (starting with <c>#</c>) skipped so far, the header's included.</summary>
    public long RowsSkipped { get; private set; }

    /// <summary>Gets the number of rows rejected so far.</summary>
    public long RowsRejected { get; private set; }

    /// <summary>Gets the first rejected rows (up to <see cref="ResponseSetReadOptions.MaxRejectionsKept"/>), in file order.</summary>
    public EquatableArray<CsvRejectedRecord> Rejections => _rejections.ToEquatableArray();

    /// <summary>Reads the rows one at a time, yielding a set for every row that can be read.</summary>
    /// <param name="cancellationToken">Stops reading between rows.</param>
    /// <returns>The sets with their sources, in file order.</returns>
    /// <exception cref="InvalidOperationException">The rows were already enumerated.</exception>
    /// <exception cref="ObjectDisposedException">The reader was disposed.</exception>
    public IEnumerable<SourcedResponseSet> ReadAll(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_started)
        {
            throw new InvalidOperationException("The rows of a ResponseSetCsvReader can be enumerated only once.");
        }

        _started = true;
        return Rows(cancellationToken);
    }

    /// <summary>Reads the rows one at a time as an asynchronous stream, for <see cref="LeadershipModel.Scoring.ScoringEngine.ScoreAsync"/>; reading itself is synchronous.</summary>
    /// <param name="cancellationToken">Stops reading between rows.</param>
    /// <returns>The sets with their sources, in file order.</returns>
    /// <exception cref="InvalidOperationException">The rows were already enumerated.</exception>
    /// <exception cref="ObjectDisposedException">The reader was disposed.</exception>
    public IAsyncEnumerable<SourcedResponseSet> ReadAllAsync(CancellationToken cancellationToken = default)
        => ToAsync(ReadAll(cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        CloseParser();
        _restText?.Dispose();
        _recorder?.Release();
        if (_ownsReader)
        {
            _text.Dispose();
        }

        if (_ownsInput)
        {
            _input?.Dispose();
        }
    }

    private static async IAsyncEnumerable<SourcedResponseSet> ToAsync(IEnumerable<SourcedResponseSet> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static string Quote(ReadOnlySpan<char> field) => CsvRowGuard.Quote(field);

    private (CsvLayout Layout, ItemColumnMap Map, string[] Ignored, (int Column, string QuestionId)[] Comments) ReadHeader(Instrument instrument, CsvReadOptions csv)
    {
        var header = _sep.ReadHeader();
        RowsSkipped = _sep.SkippedBeforeHeader;

        var current = new CsvRowBuffer();
        while (_buffered.Count < csv.DetectionRows && _sep.MoveNext())
        {
            current.Load(_sep.Current, _sep.Current.LineNumberFrom);
            _buffered.Add(current.Clone());
        }

        // First the columns that hold items as the CSV reader sees them, to find those the instrument lacks ...
        var detected = CsvLayoutReader.Decide(header, _buffered, csv, _source);
        // A column named by an open question holds comments (free text), never an item, even when its first cells look numeric.
        var special = new[] { detected.Respondent, detected.Target, detected.Role };
        var comments = new List<(int Column, string QuestionId)>();
        for (var i = 0; i < header.Length; i++)
        {
            if (!special.Contains(i) && instrument.OpenQuestions.FirstOrDefault(q => string.Equals(q.Id, header[i], StringComparison.Ordinal)) is { } question)
            {
                comments.Add((i, question.Id));
            }
        }

        var itemColumns = detected.Items.Where(i => !comments.Exists(c => c.Column == i)).Select(i => header[i]).ToList();
        var map = ItemColumnMap.Create(itemColumns, instrument);
        if (map.Unknown.Length > 0 && !_options.IgnoreUnknownItemColumns)
        {
            throw new CsvFormatException(_source, 1, null, map.UnknownMessage());
        }

        // ... then every column named by an instrument item, numeric in the first rows or not, is read as an item.
        var named = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            if (!special.Contains(i) && instrument.IndexOfItem(header[i]) >= 0)
            {
                named.Add(header[i]);
            }
        }

        if (named.Count == 0)
        {
            throw new CsvFormatException(_source, 1, null, $"no column is named by an item of instrument '{instrument.Id}' {instrument.Version}.");
        }

        var layout = CsvLayoutReader.Decide(header, _buffered, csv with { ItemColumns = named.ToEquatableArray() }, _source);
        return (layout, ItemColumnMap.Create(named, instrument), map.Unknown, [.. comments]);
    }

    private IEnumerable<SourcedResponseSet> Rows(CancellationToken cancellationToken)
    {
        var values = new double[_layout.Items.Length];
        foreach (var row in _buffered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryRead(row, values) is { } set)
            {
                yield return set;
            }
        }

        _buffered.Clear();
        var fast = SimpleRows && _comments.Length == 0;
        if (fast && ByteRows && StartBytes())
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (TryReadLine() is not { } line)
                {
                    break;
                }

                yield return line;
            }

            if (!HandOff())
            {
                yield break;
            }
        }

        _recorder?.Release();
        var current = new CsvRowBuffer();
        while (_sep.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            ParsedRecords++;
            var lineFrom = _sep.LineFrom;
            if (fast && TryReadSimple(_sep.Current, lineFrom, _sep.LineToExclusive, values) is { } simple)
            {
                yield return simple;
                continue;
            }

            current.Load(_sep.Current, lineFrom, _sep.LineToExclusive);
            if (TryRead(current, values) is { } set)
            {
                yield return set;
            }
        }
    }

    /// <summary>
    /// The fast path for a simple row: one line, no quote, the header's number of fields, none over the field limit,
    /// every item field empty or one digit, and a respondent, target and role that read. Such a row gives the set the
    /// checked path (<see cref="TryRead"/>) would give, straight from the parser's fields, without copying the row or
    /// parsing numbers. Any other row returns <see langword="null"/> having changed nothing, and the checked path reads
    /// it, so every rejection keeps its message.
    /// </summary>
    private SourcedResponseSet? TryReadSimple(SepReader.Row row, int line, int lineToExclusive, double[] values)
    {
        var raw = row.Span;
        var names = _layout.Names;
        if (lineToExclusive - line != 1 || row.ColCount != names.Length || raw.IsEmpty
            || raw.Length > CsvReadOptions.MaxRowLength || raw[0] == '#' || raw.Contains('"') || raw.IsWhiteSpace())
        {
            return null;
        }

        var items = _layout.Items;
        for (var i = 0; i < items.Length; i++)
        {
            var field = row[items[i]].Span;
            if (field.Length == 0)
            {
                values[i] = double.NaN;
            }
            else if (field.Length == 1 && (uint)(field[0] - '0') <= 9)
            {
                values[i] = field[0] - '0';
            }
            else
            {
                return null;
            }
        }

        // Fields that are not items (ids, role, groups, ignored columns) only need to be within the field limit.
        if (raw.Length > CsvReadOptions.MaxFieldLength)
        {
            for (var c = 0; c < names.Length; c++)
            {
                if (row[c].Span.Length > CsvReadOptions.MaxFieldLength)
                {
                    return null;
                }
            }
        }

        if (_layout.ReadIdentity(
            _layout.Respondent >= 0 ? row[_layout.Respondent].Span : default,
            _layout.Target >= 0 ? row[_layout.Target].Span : default,
            _layout.Role >= 0 ? row[_layout.Role].Span : default,
            RowsRead + 1,
            out var identity,
            out _) is not null)
        {
            return null;
        }

        var rowIndex = RowsRead++;
        SimpleRowsRead++;
        var set = new SourcedResponseSet
        {
            ResponseSet = _map.CreateSet(identity.Respondent, identity.Target, identity.Role, values),
            Source = new ResponseSetSource { SourceName = _source, Line = line, Row = rowIndex, Index = SetsRead },
        };
        SetsRead++;
        return set;
    }

    /// <summary>
    /// Starts the byte path at the line after the header and the detection rows, found in the bytes kept while they were
    /// read; the parser that read them is closed. Returns <see langword="false"/> (nothing changed) when the reader was
    /// not opened on UTF-8 bytes, when the separator cannot be found byte by byte, or when the lines read so far hold a
    /// lone carriage return (the parser counts it as a line break; the byte path counts only <c>\n</c>).
    /// </summary>
    private bool StartBytes()
    {
        var separator = _sep.Separator;
        // Every item column of the layout is an answer of the map (both come from the columns named by items).
        if (_recorder is null || _input is null || _map.Count != _layout.Items.Length || separator is (< ' ' and not '\t') or > '~' or '"' or '#' or (>= '0' and <= '9'))
        {
            return false;
        }

        var recorded = _recorder.Recorded;
        var at = 0;
        for (var line = 1; line < _sep.NextLine; line++)
        {
            var newline = recorded[at..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                // The parser read to the end of the text (the last record has no line break): nothing is left.
                at = recorded.Length;
                break;
            }

            at += newline + 1;
        }

        var before = recorded[..at];
        for (var cr = before.IndexOf((byte)'\r'); cr >= 0;)
        {
            if (cr + 1 >= before.Length || before[cr + 1] != '\n')
            {
                return false;
            }

            var next = before[(cr + 1)..].IndexOf((byte)'\r');
            cr = next < 0 ? -1 : cr + 1 + next;
        }

        _separatorByte = (byte)separator;
        _answerOfColumn = new int[_layout.Names.Length];
        _answerOfColumn.AsSpan().Fill(-1);
        for (var i = 0; i < _map.Count; i++)
        {
            _answerOfColumn[_layout.Items[_map.ItemOf(i)]] = i;
        }

        // How many columns from each one on are items whose answers follow one another: read as one run.
        _runOfColumn = new int[_layout.Names.Length + 1];
        for (var c = _layout.Names.Length - 1; c >= 0; c--)
        {
            var answer = _answerOfColumn[c];
            _runOfColumn[c] = answer < 0 ? 0
                : c + 1 < _layout.Names.Length && _answerOfColumn[c + 1] == answer + 1 ? _runOfColumn[c + 1] + 1
                : 1;
        }

        _fieldStarts = new int[_layout.Names.Length];
        _fieldEnds = new int[_layout.Names.Length];
        _lines = new CsvByteLines(_input, recorded[at..], at, _sep.NextLine);
        _recorder.Release();
        CloseParser();
        return true;
    }

    /// <summary>
    /// Hands the rest of the bytes, from the line the byte path could not read, to a parser whose lines and byte offsets
    /// continue the file's, so that every record reads and every message names its place as if one parser had read the
    /// whole file. Returns <see langword="false"/> when no byte is left.
    /// </summary>
    private bool HandOff()
    {
        var lines = _lines!;
        _lines = null;
        if (lines.AtEnd)
        {
            return false;
        }

        var separator = (char)_separatorByte;
        _restText = new CsvTextReader(lines.Rest(), _source, _options.Csv.Encoding, leaveOpen: true, lines.Offset, lines.Line);
        _sep = new CsvRowSource(_restText, _source, separator, _reopen, lines.Line - 1);
        _sepClosed = false;
        return true;
    }

    private void CloseParser()
    {
        if (!_sepClosed)
        {
            _sepClosed = true;
            _sep.Dispose();
        }
    }

    /// <summary>
    /// The byte path: reads the next line as a set when it is simple, as <see cref="TryReadSimple"/> decides from the
    /// parser's fields (one line, no quote, not blank or a comment, the header's number of fields, every item field empty
    /// or one digit, a respondent, target and role that read), and further only printable ASCII (and a tab separator),
    /// at most <see cref="CsvByteLines.MaxLine"/> bytes (so no field passes the field limit). Returns <see langword="null"/>
    /// having taken nothing at the end of the bytes or at a line that is not simple.
    /// </summary>
    /// <remarks>
    /// The fields are walked once, left to right: an item field is read where it starts (a digit, then the separator;
    /// or the separator at once) and its shared answer stored; any other field is found with a vectorised search and
    /// checked for bytes outside printable ASCII and quotes. Item fields hold only digits and separators, so the whole
    /// line is checked.
    /// </remarks>
    private SourcedResponseSet? TryReadLine()
    {
        var lines = _lines!;
        if (!lines.TryPeek(out var line, out var length))
        {
            return null;
        }

        if (!line.IsEmpty && line[^1] == '\r')
        {
            line = line[..^1];
        }

        if (line.IsEmpty || line[0] == '#' || line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
        {
            return null;
        }

        var answerOf = _answerOfColumn;
        var answers = new Answer[_map.Count];
        ref var common = ref MemoryMarshal.GetReference(_map.Common);
        ref var first = ref MemoryMarshal.GetArrayDataReference(answers);
        var separator = _separatorByte;
        var last = answerOf.Length - 1;
        var at = 0;
        for (var c = 0; c <= last;)
        {
            var answer = answerOf[c];
            if (answer >= 0)
            {
                // A run of item columns whose answers follow one another. Answer indexes come from the map (below its
                // count), so the stores need no check of their own.
                var run = _runOfColumn[c];
                at = ReadRun(line, at, separator, ref Unsafe.Add(ref common, answer * ItemColumnMap.CommonValues), ref Unsafe.Add(ref first, answer), run, endsLine: c + run > last);
                if (at < 0)
                {
                    return null;
                }

                c += run;
                continue;
            }

            // A field ends at the separator, the last one at the line's end: a separator in the last field is an extra
            // field, which the parser rejects.
            var rest = line[at..];
            var width = rest.IndexOf(separator);
            if (c == last)
            {
                width = width < 0 ? rest.Length : -1;
            }

            if (width < 0 || rest[..width].IndexOfAnyExceptInRange((byte)' ', (byte)'~') >= 0 || rest[..width].Contains((byte)'"'))
            {
                return null;
            }

            _fieldStarts[c] = at;
            _fieldEnds[c] = at + width;
            at += width + (c < last ? 1 : 0);
            c++;
        }

        if (_layout.ReadIdentity(Widen(line, _layout.Respondent, 0), Widen(line, _layout.Target, 1), Widen(line, _layout.Role, 2), RowsRead + 1, out var identity, out _) is not null)
        {
            return null;
        }

        var rowIndex = RowsRead++;
        SimpleRowsRead++;
        ByteRowsRead++;
        var set = new SourcedResponseSet
        {
            ResponseSet = _map.CreateSet(identity.Respondent, identity.Target, identity.Role, answers),
            Source = new ResponseSetSource { SourceName = _source, Line = lines.Line, Row = rowIndex, Index = SetsRead },
        };
        SetsRead++;
        lines.Take(length);
        return set;
    }

    /// <summary>
    /// Reads <paramref name="count"/> item fields from <paramref name="at"/>, each empty or one digit and followed by the
    /// separator (the last one by the line's end when <paramref name="endsLine"/>), storing for field k the shared answer
    /// <c>common[k * 11 + code]</c> at <c>answers[k]</c>. Returns where the next field starts, or -1 when a field is not
    /// simple (some answers may then have been stored).
    /// </summary>
    private static int ReadRun(ReadOnlySpan<byte> line, int at, byte separator, ref Answer common, ref Answer answers, int count, bool endsLine)
    {
        ref var bytes = ref MemoryMarshal.GetReference(line);
        var length = line.Length;
        var separated = endsLine ? count - 1 : count;
        for (var k = 0; k < separated; k++)
        {
            if ((uint)at >= (uint)length)
            {
                return -1;
            }

            var b = Unsafe.Add(ref bytes, at);
            var code = 0;
            if ((uint)(b - '0') <= 9)
            {
                code = b - '0' + 1;
                if (++at >= length)
                {
                    return -1;
                }

                b = Unsafe.Add(ref bytes, at);
            }

            if (b != separator)
            {
                return -1;
            }

            at++;
            Unsafe.Add(ref answers, k) = Unsafe.Add(ref common, (k * ItemColumnMap.CommonValues) + code);
        }

        if (endsLine)
        {
            var code = 0;
            if (at < length && (uint)(Unsafe.Add(ref bytes, at) - '0') <= 9)
            {
                code = Unsafe.Add(ref bytes, at) - '0' + 1;
                at++;
            }

            if (at != length)
            {
                return -1;
            }

            Unsafe.Add(ref answers, separated) = Unsafe.Add(ref common, (separated * ItemColumnMap.CommonValues) + code);
        }

        return at;
    }

    /// <summary>Gives the characters of one field of an ASCII line (in one of three scratch buffers), or nothing when the layout has no such column.</summary>
    private ReadOnlySpan<char> Widen(ReadOnlySpan<byte> line, int column, int slot)
    {
        if (column < 0)
        {
            return default;
        }

        var bytes = line[_fieldStarts[column].._fieldEnds[column]];
        ref var chars = ref _idChars[slot];
        if (chars is null || chars.Length < bytes.Length)
        {
            chars = new char[Math.Max(64, bytes.Length)];
        }

        Ascii.ToUtf16(bytes, chars, out var n);
        return chars.AsSpan(0, n);
    }

    private SourcedResponseSet? TryRead(CsvRowBuffer row, double[] values)
    {
        if (row.Kind != CsvRowKind.Data)
        {
            RowsSkipped++;
            return null;
        }

        var rowIndex = RowsRead++;
        _note = null;
        if (CsvRowGuard.Reject(row, _layout.Names, out var at) is { } reason)
        {
            return Reject(row.Line, at, reason);
        }

        _note = row.SpanNote;

        if (_layout.ReadIdentity(row, RowsRead, out var identity, out var column) is { } wrong)
        {
            return Reject(row.Line, column, wrong);
        }

        var (respondent, target, role) = identity;

        for (var i = 0; i < values.Length; i++)
        {
            var col = _layout.Items[i];
            var field = row[col];
            if (ResponseMatrixCsvReader.IsMissing(field))
            {
                values[i] = double.NaN;
            }
            else if (!ResponseMatrixCsvReader.TryParseNumber(field, out values[i]))
            {
                return Reject(row.Line, col, $"{Quote(field)} in column '{_layout.Names[col]}' is not a number.");
            }
        }

        var set = new SourcedResponseSet
        {
            ResponseSet = Comments(row) is { Count: > 0 } comments
                ? _map.CreateSet(respondent, target, role, values) with { Comments = comments.ToEquatableArray() }
                : _map.CreateSet(respondent, target, role, values),
            Source = new ResponseSetSource { SourceName = _source, Line = row.Line, Row = rowIndex, Index = SetsRead },
        };
        SetsRead++;
        return set;
    }

    private List<KeyValuePair<string, string>>? Comments(CsvRowBuffer row)
    {
        List<KeyValuePair<string, string>>? comments = null;
        foreach (var (column, questionId) in _comments)
        {
            var text = row[column].Trim();
            if (!text.IsEmpty)
            {
                (comments ??= []).Add(new(questionId, text.ToString()));
            }
        }

        return comments;
    }

    private SourcedResponseSet? Reject(int line, int? column, string reason)
    {
        var record = new CsvRejectedRecord { Source = _source, Line = line, Column = column + 1, Reason = reason + _note };
        _note = null;
        RowsRejected++;
        if (_rejections.Count < _options.MaxRejectionsKept)
        {
            _rejections.Add(record);
        }

        _onRejected?.Invoke(record);
        return null;
    }
}
