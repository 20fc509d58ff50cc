using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Csv;

/// <summary>What <see cref="ResponseMatrixCsvReader"/> read: the accepted rows as a matrix, and every rejected row.</summary>
/// <remarks>
/// <para>Nothing is dropped silently: <see cref="RowsRead"/> = <see cref="Accepted"/> + <see cref="Rejected"/>, and
/// blank and comment lines are counted in <see cref="Skipped"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CsvReadResult
{
    /// <summary>Gets the accepted rows.</summary>
    public required ResponseMatrix Matrix { get; init; }

    /// <summary>Gets the rejected rows, in file order.</summary>
    public EquatableArray<CsvRejectedRecord> Rejections { get; init; }

    /// <summary>Gets the number of data rows read (the header not included).</summary>
    public int RowsRead { get; init; }

    /// <summary>Gets the number of blank lines and comment lines (starting with <c>#</c>) skipped; they are not rows.</summary>
    public int Skipped { get; init; }

    /// <summary>Gets the number of rows accepted into <see cref="Matrix"/>.</summary>
    public int Accepted => Matrix.RespondentCount;

    /// <summary>Gets the 1-based line on which each accepted row starts, in matrix row order (empty when not known).</summary>
    internal EquatableArray<int> AcceptedLines { get; init; }

    /// <summary>Gets the number of rows rejected.</summary>
    public int Rejected => Rejections.Count;
}
