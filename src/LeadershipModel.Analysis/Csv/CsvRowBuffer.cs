using nietras.SeparatedValues;

namespace LeadershipModel.Analysis.Csv;

/// <summary>A copy of one CSV row's fields in one reusable character buffer, so rows can be examined without a string per field.</summary>
internal sealed class CsvRowBuffer
{
    private char[] _chars = new char[256];
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];

    public int Count { get; private set; }

    public int Line { get; private set; }

    /// <summary>Gets what the record is: data, a blank line or a comment.</summary>
    public CsvRowKind Kind { get; private set; }

    /// <summary>Gets why the record as a whole cannot be read (too long, a quote never closed), or <see langword="null"/>.</summary>
    public string? Problem { get; private set; }

    /// <summary>Gets a note on a quoted field that spans lines, to explain a wrong field count, or <see langword="null"/>.</summary>
    public string? SpanNote { get; private set; }

    /// <summary>Gets the 0-based column of the first field over the field limit, or -1.</summary>
    public int LongField { get; private set; }

    public ReadOnlySpan<char> this[int column] => _chars.AsSpan(_starts[column], _lengths[column]);

    /// <summary>Copies a record's fields.</summary>
    /// <param name="row">The record.</param>
    /// <param name="line">The line it starts on.</param>
    /// <param name="lineToExclusive">The line after its last, when the parser's own count is not the file's (a read continued part-way).</param>
    public void Load(SepReader.Row row, int line, int? lineToExclusive = null)
    {
        Line = line;

        // The raw text first: reading a field unescapes it in place.
        var raw = row.Span;
        Kind = CsvRowGuard.Kind(raw);
        Problem = Kind == CsvRowKind.Data ? CsvRowGuard.Problem(raw, line) : null;
        SpanNote = Kind == CsvRowKind.Data && Problem is null ? CsvRowGuard.SpanNote(raw, line, lineToExclusive ?? row.LineNumberToExcl) : null;
        LongField = -1;
        if (Kind != CsvRowKind.Data || Problem is not null)
        {
            Count = 0;
            return;
        }

        Count = row.ColCount;
        if (_starts.Length < Count)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
        }

        var at = 0;
        for (var i = 0; i < Count; i++)
        {
            var span = row[i].Span;
            if (at + span.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, at + span.Length));
            }

            if (span.Length > CsvReadOptions.MaxFieldLength && LongField < 0)
            {
                LongField = i;
            }

            span.CopyTo(_chars.AsSpan(at));
            _starts[i] = at;
            _lengths[i] = span.Length;
            at += span.Length;
        }
    }

    public CsvRowBuffer Clone() => new()
    {
        _chars = (char[])_chars.Clone(),
        _starts = (int[])_starts.Clone(),
        _lengths = (int[])_lengths.Clone(),
        Count = Count,
        Line = Line,
        Kind = Kind,
        Problem = Problem,
        SpanNote = SpanNote,
        LongField = LongField,
    };
}
