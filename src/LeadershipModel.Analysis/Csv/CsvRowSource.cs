using System.Buffers;
using nietras.SeparatedValues;

namespace LeadershipModel.Analysis.Csv;

/// <summary>
/// The parser under both CSV readers: reads the header (after any blank or comment lines) and the records, and turns
/// the parser's own limit into a <see cref="CsvFormatException"/> naming the line where the record started and, when a
/// quote that is never closed is the cause, the line where it opened.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class CsvRowSource : IDisposable
{
    private static readonly SearchValues<char> QuoteOrNewline = SearchValues.Create("\"\n");
    private readonly SepReader _sep;
    private readonly string _source;
    private readonly Func<TextReader>? _reopen;
    private readonly int _lineOffset;
    private int _nextLine = 1;
    private long _records;

    /// <param name="reader">The text.</param>
    /// <param name="source">The name used in messages.</param>
    /// <param name="separator">The separator, or <see langword="null"/> to detect it.</param>
    /// <param name="reopen">Opens the text again from its start, to find an unclosed quote after a failure; or <see langword="null"/>.</param>
    /// <param name="lineOffset">The lines of the text before <paramref name="reader"/>'s first (when it continues a read part-way).</param>
    public CsvRowSource(TextReader reader, string source, char? separator, Func<TextReader>? reopen, int lineOffset = 0)
    {
        _source = source;
        _reopen = reopen;
        _lineOffset = lineOffset;
        _nextLine = lineOffset + 1;
        if (separator is null && StartsWithSkippedLine(reader))
        {
            (reader, separator) = DetectPastSkippedLines(reader);
        }

        try
        {
            _sep = Sep.Reader(o => o with
            {
                Unescape = true,
                HasHeader = false,
                DisableColCountCheck = true,
                Sep = separator is { } s ? new Sep(s) : null,
            }).From(reader);
        }
        catch (NotSupportedException)
        {
            throw TooLong();
        }
    }

    /// <summary>Gets the current record.</summary>
    public SepReader.Row Current => _sep.Current;

    /// <summary>Gets the line of the text on which the current record starts.</summary>
    /// <remarks>
    /// The parser numbers its first record from the line where it ends (it reads that record while it starts); when this
    /// source continues a read part-way, its first record starts on the line after <c>lineOffset</c>, which is known.
    /// </remarks>
    public int LineFrom => _lineOffset > 0 && _records == 1 ? _lineOffset + 1 : _sep.Current.LineNumberFrom + _lineOffset;

    /// <summary>Gets the line of the text after the current record's last.</summary>
    public int LineToExclusive => _sep.Current.LineNumberToExcl + _lineOffset;

    /// <summary>Gets the line of the text after the last record read: where the next record starts.</summary>
    public int NextLine => _nextLine;

    /// <summary>Gets the separator, given or detected.</summary>
    public char Separator => _sep.Spec.Sep.Separator;

    /// <summary>Gets the number of blank and comment lines skipped before the header.</summary>
    public int SkippedBeforeHeader { get; private set; }

    /// <summary>Moves to the next record.</summary>
    public bool MoveNext()
    {
        bool moved;
        try
        {
            moved = _sep.MoveNext();
        }
        catch (NotSupportedException)
        {
            throw TooLong();
        }

        if (moved)
        {
            _records++;
            _nextLine = _sep.Current.LineNumberToExcl + _lineOffset;
        }

        return moved;
    }

    /// <summary>Reads the header row: the first record that is neither blank nor a comment, its names trimmed.</summary>
    /// <exception cref="CsvFormatException">There is no header.</exception>
    public string[] ReadHeader()
    {
        while (true)
        {
            if (!MoveNext())
            {
                throw new CsvFormatException(_source, 0, null, "the file is empty; expected a header row naming the columns.");
            }

            var raw = Current.Span;
            var kind = CsvRowGuard.Kind(raw.TrimStart('\uFEFF'));
            if (kind != CsvRowKind.Data)
            {
                SkippedBeforeHeader++;
                continue;
            }

            if (CsvRowGuard.Problem(raw, Current.LineNumberFrom) is { } problem)
            {
                throw new CsvFormatException(_source, Current.LineNumberFrom, null, "header: " + problem);
            }

            var header = new string[Current.ColCount];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = Current[i].ToString().Trim();
            }

            header[0] = header[0].TrimStart('\uFEFF').Trim();
            return header;
        }
    }

    public void Dispose() => _sep.Dispose();

    private static bool StartsWithSkippedLine(TextReader reader) => reader.Peek() is '#' or '\n' or '\r' or ' ' or '\t' or '\uFEFF';

    /// <summary>
    /// The parser detects the separator from the first line; when that is a comment or blank, the lines up to the header
    /// are read here, the separator is taken from the header (the candidate it holds most of), and the text is replayed.
    /// </summary>
    private static (TextReader Reader, char? Separator) DetectPastSkippedLines(TextReader reader)
    {
        var prefix = new System.Text.StringBuilder();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            prefix.Append(line).Append('\n');
            var kind = CsvRowGuard.Kind(line.AsSpan().TrimStart('\uFEFF'));
            if (kind == CsvRowKind.Data)
            {
                char? best = null;
                var most = 0;
                foreach (var c in ",;\t|")
                {
                    var n = line.AsSpan().Count(c);
                    if (n > most)
                    {
                        (best, most) = (c, n);
                    }
                }

                return (new PrefixedReader(prefix.ToString(), reader), best);
            }
        }

        return (new StringReader(prefix.ToString()), null);
    }

    /// <summary>Replays text already read, then the rest of the reader.</summary>
    private sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
    {
        private int _at;

        public override int Peek() => _at < prefix.Length ? prefix[_at] : rest.Peek();

        public override int Read() => _at < prefix.Length ? prefix[_at++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var n = PrefixedRead.Take(prefix.AsSpan(), ref _at, buffer);
            return n >= 0 ? n : rest.Read(buffer);
        }
    }

    private CsvFormatException TooLong()
    {
        var limit = FormattableString.Invariant($"the row starting on line {_nextLine} is longer than {SepLimit:N0} characters, the most a row can hold");
        if (_reopen is null)
        {
            return new CsvFormatException(_source, _nextLine, null, limit + "; if no row is that long, a quote on or after this line is never closed.");
        }

        using var text = _reopen();
        return FindOpenQuote(text, _nextLine) is { } open
            ? new CsvFormatException(_source, open, null, FormattableString.Invariant($"the quote opened on line {open} is never closed (the row starting on line {_nextLine} runs past {SepLimit:N0} characters); close the quote or remove it."))
            : new CsvFormatException(_source, _nextLine, null, limit + ".");
    }

    /// <summary>The parser's own limit on a row, in characters.</summary>
    private const int SepLimit = 16 * 1024 * 1024;

    /// <summary>Follows quotes from the start of the text to the record that starts on <paramref name="rowLine"/>, and returns the line of the quote left open in it.</summary>
    private static int? FindOpenQuote(TextReader text, int rowLine)
    {
        var buffer = new char[1 << 16];
        var line = 1;
        var inQuote = false;
        var openLine = 0;
        var rowStart = 1;
        var rowLength = 0L;
        int n;
        while ((n = text.Read(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, n);
            var at = 0;
            while (true)
            {
                var next = span[at..].IndexOfAny(QuoteOrNewline);
                rowLength += next < 0 ? span.Length - at : next + 1;
                if (rowStart >= rowLine && rowLength > SepLimit / 2)
                {
                    return inQuote ? openLine : null;
                }

                if (next < 0)
                {
                    break;
                }

                at += next;
                if (span[at] == '\n')
                {
                    line++;
                    if (!inQuote)
                    {
                        rowStart = line;
                        rowLength = 0;
                    }
                }
                else
                {
                    inQuote = !inQuote;
                    openLine = inQuote ? line : openLine;
                }

                at++;
            }
        }

        return inQuote ? openLine : null;
    }
}
