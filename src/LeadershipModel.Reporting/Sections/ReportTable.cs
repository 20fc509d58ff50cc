using LeadershipModel.Reporting.Internal;
using LeadershipModel.Internal;

namespace LeadershipModel.Reporting.Sections;

/// <summary>A table of plain text: column headers and rows of cells.</summary>
/// <remarks>
/// <para>Create with <see cref="Create"/>, which checks that every row has one cell per column.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ReportTable
{
    private ReportTable(string? caption, EquatableArray<string> columns, EquatableArray<EquatableArray<string>> rows)
    {
        Caption = caption;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Gets the caption shown above the table, or <see langword="null"/>.</summary>
    public string? Caption { get; }

    /// <summary>Gets the column headers.</summary>
    public EquatableArray<string> Columns { get; }

    /// <summary>Gets the rows; each has one cell per column.</summary>
    public EquatableArray<EquatableArray<string>> Rows { get; }

    /// <summary>Creates a table.</summary>
    /// <param name="columns">The column headers; at least one.</param>
    /// <param name="rows">The rows; each must have one cell per column (a <see langword="null"/> cell becomes empty).</param>
    /// <param name="caption">The caption, or <see langword="null"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">There is no column, or a row's length differs from the number of columns.</exception>
    public static ReportTable Create(IEnumerable<string> columns, IEnumerable<IEnumerable<string?>> rows, string? caption = null)
    {
        var header = Preconditions.NotNull(columns).Select(c => c ?? string.Empty).ToEquatableArray();
        if (header.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        var body = new List<EquatableArray<string>>();
        foreach (var row in Preconditions.NotNull(rows))
        {
            var cells = Preconditions.NotNull(row, nameof(rows)).Select(c => c ?? string.Empty).ToEquatableArray();
            if (cells.Count != header.Count)
            {
                throw new ArgumentException($"Row {body.Count} has {cells.Count} cells; the table has {header.Count} columns.", nameof(rows));
            }

            body.Add(cells);
        }

        return new ReportTable(caption, header, body.ToEquatableArray());
    }
}
