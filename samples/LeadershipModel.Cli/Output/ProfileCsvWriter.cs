using System.Buffers;
using System.Globalization;
using System.Text;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// Formats one CSV row per scored response set as UTF-8: ids, overall indices, then M, L, orientation, integration and
/// quadrant per dimension, the authority profile and diagnostics. Text cells are neutralised against spreadsheet
/// formulas and quoted when they hold a comma, quote or line break; numbers are invariant and at full precision
/// (formatted straight into the output bytes, <see cref="IUtf8SpanFormattable"/>); an absent value is an empty cell.
/// </summary>
/// <remarks>Immutable after construction; <see cref="Format"/> may run on several threads at once, each with its own buffer.</remarks>
internal sealed class ProfileCsvWriter
{
    private static readonly PowerBase[] Bases = Enum.GetValues<PowerBase>();
    private static readonly AuthoritySource[] Sources = Enum.GetValues<AuthoritySource>();
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n");
    /// <summary>The cell of an empty text: a comma alone.</summary>
    private static readonly byte[] EmptyCell = [(byte)','];
    private static readonly byte[][] QuadrantCells = Cells(Names<Quadrant>());
    private static readonly byte[][] SourceCells = Cells(Names<AuthoritySource>());
    private static readonly byte[][] RoleCells = Cells([.. Enumerable.Range(0, Enum.GetValues<RaterRole>().Max(r => (int)r) + 1).Select(i => Enum.IsDefined((RaterRole)i) ? RaterRoles.ToId((RaterRole)i) : "")]);
    private readonly string[] _dimensionIds;

    public ProfileCsvWriter(DimensionSet dimensions)
    {
        _dimensionIds = [.. dimensions.Select(d => d.Id)];
        var header = new List<string> { "respondent", "target", "role", "instrument", "management", "leadership", "orientation", "integration", "quadrant", "profile_type" };
        foreach (var id in _dimensionIds)
        {
            header.AddRange([$"{id}/management", $"{id}/leadership", $"{id}/orientation", $"{id}/integration", $"{id}/quadrant"]);
        }

        header.AddRange(Bases.Select(b => "base/" + Instruments.PowerBaseNames.ToId(b)));
        header.AddRange(["source/positional", "source/expertise", "source/character", "follower_share", "primary_source", "commitment", "compliance", "resistance", "items_answered", "longest_run", "flags"]);
        var buffer = new ArrayBufferWriter<byte>();
        for (var i = 0; i < header.Count; i++)
        {
            if (i > 0)
            {
                Byte(buffer, (byte)',');
            }

            Text(buffer, header[i]);
        }

        Byte(buffer, (byte)'\n');
        Header = buffer.WrittenSpan.ToArray();
    }

    /// <summary>Gets the header row, as UTF-8 with its line break.</summary>
    public byte[] Header { get; }

    /// <summary>Appends one profile's row, with its line break.</summary>
    public void Format(LeadershipProfile p, ArrayBufferWriter<byte> output)
    {
        var row = new Row(output, FormattedNumbers.ForThisThread);
        row.SafeText(p.RespondentId, comma: false);
        row.SafeText(p.TargetId);
        row.Cell(RoleCells[(int)p.Role]);
        row.SafeText(p.Provenance.InstrumentId);
        row.Number(p.Overall.Management);
        row.Number(p.Overall.Leadership);
        row.Number(p.Overall.Orientation);
        row.Number(p.Overall.Integration);
        row.Cell(Cell(p.Overall.Quadrant));
        row.SafeText(p.Overall.ProfileType);
        var dimensions = p.Dimensions;
        for (var d = 0; d < _dimensionIds.Length; d++)
        {
            // Profiles list their dimensions in the set's order; look one up by id only when they do not.
            var id = _dimensionIds[d];
            var dimension = d < dimensions.Count && string.Equals(dimensions[d].DimensionId, id, StringComparison.Ordinal) ? dimensions[d] : p.GetDimension(id);
            var position = dimension?.Position;
            row.Number(position?.Management);
            row.Number(position?.Leadership);
            row.Number(position?.Orientation);
            row.Number(position?.Integration);
            row.Cell(Cell(position?.Quadrant));
        }

        var authority = p.Authority;
        foreach (var b in Bases)
        {
            row.Number(authority?.GetStrength(b));
        }

        foreach (var s in Sources)
        {
            row.Number(authority?.GetStrength(s));
        }

        row.Number(authority?.FollowerConferredShare);
        row.Cell(authority?.PrimarySource is { } primary ? SourceCells[(int)primary] : EmptyCell);
        row.Number(authority?.ExpectedOutcome?.Commitment);
        row.Number(authority?.ExpectedOutcome?.Compliance);
        row.Number(authority?.ExpectedOutcome?.Resistance);
        row.Integer(p.Diagnostics.ItemsAnswered);
        row.Integer(p.Diagnostics.LongestRun);
        row.Text(Codes(p.Diagnostics.Flags));
        row.End();
    }

    /// <summary>A quadrant's cell: a comma, then its name as <see cref="Enum.ToString()"/> gives it, from a table (no reflection per row).</summary>
    private static byte[] Cell(Quadrant? value) => value is { } q ? QuadrantCells[(int)q] : EmptyCell;

    /// <summary>The distinct flag codes in order, separated by spaces (most profiles have none or one).</summary>
    private static string Codes(EquatableArray<DiagnosticFlag> flags)
    {
        switch (flags.Count)
        {
            case 0:
                return "";
            case 1:
                return flags[0].Code;
            default:
                var codes = new List<string>(flags.Count);
                foreach (var flag in flags)
                {
                    if (!codes.Contains(flag.Code))
                    {
                        codes.Add(flag.Code);
                    }
                }

                return string.Join(' ', codes);
        }
    }

    /// <summary>Text cells written once: each is a comma, then the text as <see cref="Text"/> writes it.</summary>
    private static byte[][] Cells(string[] texts)
    {
        var cells = new byte[texts.Length][];
        for (var i = 0; i < texts.Length; i++)
        {
            var buffer = new ArrayBufferWriter<byte>();
            Byte(buffer, (byte)',');
            Text(buffer, texts[i]);
            cells[i] = buffer.WrittenSpan.ToArray();
        }

        return cells;
    }

    /// <summary>The names of an enum whose values are 0, 1, 2, …, indexed by value.</summary>
    private static string[] Names<T>()
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var names = new string[values.Length];
        foreach (var v in values)
        {
            names[Convert.ToInt32(v, CultureInfo.InvariantCulture)] = v.ToString();
        }

        return names;
    }

    private static void Byte(ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    /// <summary>A text cell, quoted (quotes doubled) when it holds a comma, quote, carriage return or line feed.</summary>
    private static void Text(ArrayBufferWriter<byte> output, string value)
    {
        var span = output.GetSpan(MaxTextBytes(value));
        output.Advance(WriteText(span, value));
    }

    /// <summary>The most bytes <see cref="WriteText"/> writes for a value.</summary>
    private static int MaxTextBytes(string value) => 2 + (2 * Encoding.UTF8.GetMaxByteCount(value.Length));

    /// <summary>Writes a text cell (see <see cref="Text"/>) into at least <see cref="MaxTextBytes"/> bytes; returns the bytes written.</summary>
    private static int WriteText(Span<byte> span, string value)
    {
        if (value.AsSpan().IndexOfAny(Special) < 0)
        {
            return Encoding.UTF8.GetBytes(value, span);
        }

        span[0] = (byte)'"';
        var escaped = value.Replace("\"", "\"\"", StringComparison.Ordinal);
        var n = Encoding.UTF8.GetBytes(escaped, span[1..]);
        span[n + 1] = (byte)'"';
        return n + 2;
    }

    /// <summary>
    /// One row being written: a span of the output taken once for most rows (a new one only when a long text needs it),
    /// so that each cell is a few stores rather than a buffer call.
    /// </summary>
    private ref struct Row
    {
        private const int Guess = 4096;
        private readonly ArrayBufferWriter<byte> _output;
        private readonly FormattedNumbers _numbers;
        private Span<byte> _span;
        private int _at;

        public Row(ArrayBufferWriter<byte> output, FormattedNumbers numbers)
        {
            _output = output;
            _numbers = numbers;
            _span = output.GetSpan(Guess);
        }

        /// <summary>A number at full precision ("R"), or an empty cell; after a comma.</summary>
        public void Number(double? value)
        {
            var span = Take(FormattedNumbers.Width + 1);
            span[0] = (byte)',';
            _at += value is { } v ? 1 + _numbers.Format(span[1..], v) : 1;
        }

        /// <summary>A cell written beforehand (<see cref="Cells"/>), its comma included.</summary>
        public void Cell(byte[] cell)
        {
            cell.CopyTo(Take(cell.Length));
            _at += cell.Length;
        }

        public void Integer(int value)
        {
            var span = Take(12);
            span[0] = (byte)',';
            value.TryFormat(span[1..], out var written, default, CultureInfo.InvariantCulture);
            _at += 1 + written;
        }

        public void Text(string value, bool comma = true)
        {
            var span = Take(1 + MaxTextBytes(value));
            var at = 0;
            if (comma)
            {
                span[at++] = (byte)',';
            }

            _at += at + WriteText(span[at..], value);
        }

        /// <summary>A text cell neutralised against spreadsheet formulas (<see cref="SpreadsheetSafe"/>), without a new string for the common case.</summary>
        public void SafeText(string? value, bool comma = true)
        {
            var text = value ?? "";
            Text(text.Length > 0 && SpreadsheetSafe.NeedsApostrophe(text[0]) ? SpreadsheetSafe.Text(text) : text, comma);
        }

        /// <summary>Ends the row with its line break.</summary>
        public void End()
        {
            Take(1)[0] = (byte)'\n';
            _output.Advance(_at + 1);
            _span = default;
            _at = 0;
        }

        private Span<byte> Take(int most)
        {
            if (_at + most > _span.Length)
            {
                _output.Advance(_at);
                _span = _output.GetSpan(Math.Max(most, Guess));
                _at = 0;
            }

            return _span[_at..];
        }
    }
}
