using System.Collections.Immutable;
using System.Globalization;

namespace LeadershipModel.Analysis;

/// <summary>Turns data rows into matrix rows or rejections, one row at a time.</summary>
internal sealed class CsvSession
{
    private const int MaxQuoted = 40;
    private readonly CsvLayout _layout;
    private readonly string _source;
    private readonly ResponseMatrixBuilder _builder;
    private readonly ImmutableArray<CsvRejectedRecord>.Builder _rejections = ImmutableArray.CreateBuilder<CsvRejectedRecord>();
    private readonly double[] _values;
    private readonly List<int> _lines = [];
    private int _rowsRead;

    public CsvSession(CsvLayout layout, string source)
    {
        _layout = layout;
        _source = source;
        _values = new double[layout.Items.Length];
        _builder = ResponseMatrix.CreateBuilder(layout.Items.Select(i => layout.Names[i]), layout.Groups.Select(i => layout.Names[i]));
    }

    public void Add(CsvRowBuffer row)
    {
        _rowsRead++;
        var width = _layout.Names.Length;
        if (row.Count != width)
        {
            Reject(row.Line, null, FormattableString.Invariant($"expected {width} fields but found {row.Count}."));
            return;
        }

        string respondent;
        if (_layout.Respondent >= 0)
        {
            var id = row[_layout.Respondent].Trim();
            if (ResponseCsvReader.IsMissing(id))
            {
                Reject(row.Line, _layout.Respondent, $"the respondent id in column '{_layout.Names[_layout.Respondent]}' is empty.");
                return;
            }

            respondent = id.ToString();
        }
        else
        {
            respondent = _rowsRead.ToString(CultureInfo.InvariantCulture);
        }

        string? target = null;
        if (_layout.Target >= 0 && !ResponseCsvReader.IsMissing(row[_layout.Target]))
        {
            target = row[_layout.Target].Trim().ToString();
        }

        var role = RaterRole.Self;
        if (_layout.Role >= 0 && !ResponseCsvReader.IsMissing(row[_layout.Role]) && !RaterRoles.TryParse(row[_layout.Role], out role))
        {
            Reject(row.Line, _layout.Role, $"{Quote(row[_layout.Role])} in column '{_layout.Names[_layout.Role]}' is not a rater role (self, manager, peer, direct-report, other).");
            return;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            var col = _layout.Items[i];
            var field = row[col];
            if (ResponseCsvReader.IsMissing(field))
            {
                _values[i] = double.NaN;
            }
            else if (!ResponseCsvReader.TryParseNumber(field, out _values[i]))
            {
                Reject(row.Line, col, $"{Quote(field)} in column '{_layout.Names[col]}' is not a number.");
                return;
            }
        }

        var groups = new string?[_layout.Groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            var field = row[_layout.Groups[g]];
            groups[g] = ResponseCsvReader.IsMissing(field) ? null : field.Trim().ToString();
        }

        _builder.AddRow(
            new RespondentInfo { RespondentId = respondent, TargetId = target ?? respondent, Role = role, Groups = new EquatableArray<string?>(groups) },
            _values);
        _lines.Add(row.Line);
    }

    public CsvReadResult Finish() => new()
    {
        Matrix = _builder.Build(),
        Rejections = new EquatableArray<CsvRejectedRecord>(_rejections.ToImmutable()),
        RowsRead = _rowsRead,
        AcceptedLines = new EquatableArray<int>(_lines),
    };

    private static string Quote(ReadOnlySpan<char> field)
    {
        var t = field.Trim();
        return t.Length <= MaxQuoted ? $"'{t}'" : $"'{t[..MaxQuoted]}…'";
    }

    private void Reject(int line, int? column, string reason)
        => _rejections.Add(new CsvRejectedRecord { Source = _source, Line = line, Column = column + 1, Reason = reason });
}
