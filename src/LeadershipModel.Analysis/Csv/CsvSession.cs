using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using LeadershipModel.Analysis.Matrix;
using nietras.SeparatedValues;

namespace LeadershipModel.Analysis.Csv;

/// <summary>Turns data rows into matrix rows or rejections, one row at a time.</summary>
internal sealed class CsvSession
{
    private readonly CsvLayout _layout;
    private readonly string _source;
    private readonly ResponseMatrixBuilder _builder;
    private readonly ImmutableArray<CsvRejectedRecord>.Builder _rejections = ImmutableArray.CreateBuilder<CsvRejectedRecord>();
    private readonly double[] _values;
    private readonly List<int> _lines = [];
    private readonly byte[] _bytes;
    private int _rowsRead;
    private int _skipped;
    private string? _note;

    public CsvSession(CsvLayout layout, string source)
    {
        _layout = layout;
        _source = source;
        _values = new double[layout.Items.Length];
        _bytes = new byte[layout.Items.Length];
        _builder = ResponseMatrix.CreateBuilder(layout.Items.Select(i => layout.Names[i]), layout.Groups.Select(i => layout.Names[i]));
    }

    /// <summary>
    /// Adds a row straight from the reader when it is the common case: the right number of fields, a respondent id,
    /// a known role, and every item field one digit or empty. Returns <see langword="false"/>, having changed
    /// nothing, for any other row, which then takes <see cref="Add"/> and its messages.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAddSimple(SepReader.Row row)
    {
        var layout = _layout;
        if (row.ColCount != layout.Names.Length || !CsvRowGuard.IsPlain(row.Span, row.LineNumberFrom, row.LineNumberToExcl))
        {
            return false;
        }

        var items = layout.Items;
        for (var i = 0; i < items.Length; i++)
        {
            var field = row[items[i]].Span;
            if (field.Length == 0)
            {
                _bytes[i] = ResponseMatrix.MissingByte;
                continue;
            }

            var digit = field[0] - '0';
            if (field.Length != 1 || (uint)digit > 9)
            {
                return false;
            }

            _bytes[i] = (byte)digit;
        }

        string respondent;
        if (layout.Respondent >= 0)
        {
            var id = row[layout.Respondent].Span.Trim();
            if (ResponseMatrixCsvReader.IsMissing(id))
            {
                return false;
            }

            respondent = id.ToString();
        }
        else
        {
            respondent = (_rowsRead + 1).ToString(CultureInfo.InvariantCulture);
        }

        var role = RaterRole.Self;
        if (layout.Role >= 0 && !RoleCell.TryRead(row[layout.Role].Span, _layout.DefaultRole, out role))
        {
            return false;
        }

        string? target = null;
        if (layout.Target >= 0 && !ResponseMatrixCsvReader.IsMissing(row[layout.Target].Span))
        {
            target = row[layout.Target].Span.Trim().ToString();
        }

        var groups = default(EquatableArray<string?>);
        if (layout.Groups.Length > 0)
        {
            var values = new string?[layout.Groups.Length];
            for (var g = 0; g < values.Length; g++)
            {
                var field = row[layout.Groups[g]].Span;
                values[g] = ResponseMatrixCsvReader.IsMissing(field) ? null : field.Trim().ToString();
            }

            groups = new EquatableArray<string?>(values);
        }

        _rowsRead++;
        _builder.AddCompactRow(new RespondentInfo { RespondentId = respondent, TargetId = target ?? respondent, Role = role, Groups = groups }, _bytes);
        _lines.Add(row.LineNumberFrom);
        return true;
    }

    /// <summary>Sizes compact storage for about this many rows (a hint from the file length).</summary>
    public void ReserveRows(long rows) => _builder.Reserve(rows * _layout.Items.Length);

    /// <summary>Counts lines skipped before the header (blank or comments).</summary>
    public void Skip(int lines) => _skipped += lines;

    public void Add(CsvRowBuffer row)
    {
        if (row.Kind != CsvRowKind.Data)
        {
            _skipped++;
            return;
        }

        _rowsRead++;
        _note = row.SpanNote;
        if (CsvRowGuard.Reject(row, _layout.Names, out var at) is { } reason)
        {
            _rejections.Add(new CsvRejectedRecord { Source = _source, Line = row.Line, Column = at + 1, Reason = reason });
            return;
        }

        if (_layout.ReadIdentity(row, _rowsRead, out var identity, out var column) is { } wrong)
        {
            Reject(row.Line, column, wrong);
            return;
        }

        var (respondent, target, role) = identity;

        // Most fields of answer files are one digit or empty: read those without the general parser, straight into
        // compact storage when every field of the row is.
        var digits = true;
        for (var i = 0; i < _values.Length; i++)
        {
            var col = _layout.Items[i];
            var field = row[col];
            if (field.Length <= 1)
            {
                if (field.Length == 0)
                {
                    _values[i] = double.NaN;
                    _bytes[i] = ResponseMatrix.MissingByte;
                    continue;
                }

                var digit = field[0] - '0';
                if ((uint)digit <= 9)
                {
                    _values[i] = digit;
                    _bytes[i] = (byte)digit;
                    continue;
                }
            }

            digits = false;

            if (ResponseMatrixCsvReader.IsMissing(field))
            {
                _values[i] = double.NaN;
            }
            else if (!ResponseMatrixCsvReader.TryParseNumber(field, out _values[i]))
            {
                Reject(row.Line, col, $"{Quote(field)} in column '{_layout.Names[col]}' is not a number.");
                return;
            }
        }

        var groups = default(EquatableArray<string?>);
        if (_layout.Groups.Length > 0)
        {
            var values = new string?[_layout.Groups.Length];
            for (var g = 0; g < values.Length; g++)
            {
                var field = row[_layout.Groups[g]];
                values[g] = ResponseMatrixCsvReader.IsMissing(field) ? null : field.Trim().ToString();
            }

            groups = new EquatableArray<string?>(values);
        }

        var info = new RespondentInfo { RespondentId = respondent, TargetId = target ?? respondent, Role = role, Groups = groups };
        if (digits)
        {
            _builder.AddCompactRow(info, _bytes);
        }
        else
        {
            _builder.AddRow(info, _values);
        }

        _lines.Add(row.Line);
    }

    public CsvReadResult Finish() => new()
    {
        Matrix = _builder.Build(),
        Rejections = new EquatableArray<CsvRejectedRecord>(_rejections.ToImmutable()),
        RowsRead = _rowsRead,
        Skipped = _skipped,
        AcceptedLines = new EquatableArray<int>(_lines),
    };

    private static string Quote(ReadOnlySpan<char> field) => CsvRowGuard.Quote(field);

    private void Reject(int line, int? column, string reason)
        => _rejections.Add(new CsvRejectedRecord { Source = _source, Line = line, Column = column + 1, Reason = reason + _note });
}
